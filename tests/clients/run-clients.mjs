// Drives a running `mdi-run serve` with the official OpenAI Node client and the Vercel AI SDK
// (both providers), as integrators do. Not run by CI (it needs npm packages); see README.md here.
//   MDI_BASE_URL (default http://127.0.0.1:8080/v1), MDI_MODEL (default: the first of /v1/models),
//   MDI_API_KEY (default "none"), MDI_IMAGE (a PNG to send; default the fixture's gradient).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import { generateText, streamText, generateObject, jsonSchema } from 'ai';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { z } from 'zod';

const here = path.dirname(fileURLToPath(import.meta.url));
const baseURL = process.env.MDI_BASE_URL ?? 'http://127.0.0.1:8080/v1';
const apiKey = process.env.MDI_API_KEY ?? 'none';
const imagePath =
  process.env.MDI_IMAGE ?? path.join(here, '../../../shared/fixtures/qwen2vl-tiny/images/gradient_224x224.png');
const image = fs.readFileSync(imagePath).toString('base64');
const dataUrl = `data:image/png;base64,${image}`;

const client = new OpenAI({ baseURL, apiKey, maxRetries: 0 });
const model = process.env.MDI_MODEL ?? (await client.models.list()).data[0].id;

let failures = 0;
async function check(name, fn) {
  try {
    const detail = await fn();
    console.log(`ok   ${name}${detail ? `: ${String(detail).slice(0, 160)}` : ''}`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}: ${error?.stack ?? error}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// The schema of the structured-output checks, as JSON Schema and as zod.
const person = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    age: { type: 'integer' },
    mood: { type: 'string', enum: ['happy', 'sad'] },
    tags: { type: 'array', items: { type: 'string' } },
  },
  required: ['name', 'age', 'mood', 'tags'],
  additionalProperties: false,
};
const personZod = z.object({
  name: z.string(),
  age: z.number().int(),
  mood: z.enum(['happy', 'sad']),
  tags: z.array(z.string()),
});
function validPerson(o) {
  assert(typeof o.name === 'string', 'name');
  assert(Number.isInteger(o.age), 'age');
  assert(['happy', 'sad'].includes(o.mood), 'mood');
  assert(Array.isArray(o.tags) && o.tags.every((t) => typeof t === 'string'), 'tags');
  assert(Object.keys(o).every((k) => k in person.properties), 'extra keys');
  return JSON.stringify(o);
}

const userImage = [
  { type: 'text', text: 'What is in this picture?' },
  { type: 'image_url', image_url: { url: dataUrl } },
];

// The OpenAI client: chat completions.
await check('openai models.retrieve', async () => (await client.models.retrieve(model)).id);
await check('openai chat.completions', async () => {
  const r = await client.chat.completions.create({
    model, messages: [{ role: 'user', content: userImage }], max_tokens: 8, temperature: 0 });
  assert(r.choices[0].message.content.length > 0, 'no text');
  assert(r.usage.completion_tokens > 0, 'no usage');
  return r.choices[0].message.content;
});
await check('openai chat.completions stream', async () => {
  const stream = await client.chat.completions.create({
    model, messages: [{ role: 'user', content: 'Hi' }], max_tokens: 8, stream: true,
    stream_options: { include_usage: true } });
  let text = '';
  let usage = null;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta?.content ?? '';
    usage = chunk.usage ?? usage;
  }
  assert(text.length > 0 && usage?.completion_tokens > 0, 'no text or usage');
  return text;
});
await check('openai chat.completions logprobs', async () => {
  const r = await client.chat.completions.create({
    model, messages: [{ role: 'user', content: 'Hi' }], max_tokens: 3, temperature: 0, logprobs: true,
    top_logprobs: 2 });
  const lp = r.choices[0].logprobs.content;
  assert(lp.length === 3 && lp[0].top_logprobs.length === 2, 'logprobs shape');
  return lp.map((t) => `${t.token}:${t.logprob.toFixed(2)}`).join(' ');
});
await check('openai chat.completions json_object', async () => {
  const r = await client.chat.completions.create({
    model, messages: [{ role: 'user', content: 'A cat as JSON.' }], max_tokens: 60, temperature: 1, seed: 3,
    response_format: { type: 'json_object' } });
  return JSON.stringify(JSON.parse(r.choices[0].message.content));
});
await check('openai chat.completions json_schema', async () => {
  const r = await client.chat.completions.create({
    model, messages: [{ role: 'user', content: 'A person as JSON.' }], max_tokens: 120, temperature: 1, seed: 5,
    response_format: { type: 'json_schema', json_schema: { name: 'person', strict: true, schema: person } } });
  return validPerson(JSON.parse(r.choices[0].message.content));
});
await check('openai chat.completions.parse (zod helper)', async () => {
  const { zodResponseFormat } = await import('openai/helpers/zod');
  const r = await client.chat.completions.parse({
    model, messages: [{ role: 'user', content: 'A person as JSON.' }], max_tokens: 120, temperature: 1, seed: 6,
    response_format: zodResponseFormat(personZod, 'person') });
  return validPerson(r.choices[0].message.parsed);
});

// The OpenAI client: responses.
await check('openai responses.create', async () => {
  const r = await client.responses.create({
    model, instructions: 'Answer briefly.', max_output_tokens: 16, temperature: 0,
    input: [{ role: 'user', content: [{ type: 'input_text', text: 'What is in this picture?' },
                                      { type: 'input_image', image_url: dataUrl, detail: 'auto' }] }] });
  assert(r.output_text.length > 0, 'no output_text');
  assert(r.usage.total_tokens === r.usage.input_tokens + r.usage.output_tokens, 'usage');
  return `${r.status}: ${r.output_text}`;
});
await check('openai responses.create stream', async () => {
  const stream = await client.responses.create({ model, input: 'Hi', max_output_tokens: 16, stream: true });
  let text = '';
  const types = [];
  for await (const event of stream) {
    types.push(event.type);
    if (event.type === 'response.output_text.delta') text += event.delta;
  }
  assert(text.length > 0, 'no deltas');
  assert(/response\.(completed|incomplete)/.test(types.at(-1)), `last event ${types.at(-1)}`);
  return `${[...new Set(types)].join(',')}: ${text}`;
});
await check('openai responses.stream helper', async () => {
  const stream = client.responses.stream({ model, input: 'Hi', max_output_tokens: 16 });
  const final = await stream.finalResponse();
  return final.output_text;
});
await check('openai responses json_schema (text.format)', async () => {
  const r = await client.responses.create({
    model, input: 'A person as JSON.', max_output_tokens: 120, temperature: 1,
    text: { format: { type: 'json_schema', name: 'person', strict: true, schema: person } } });
  return validPerson(JSON.parse(r.output_text));
});
await check('openai responses previous_response_id refused', async () => {
  try {
    await client.responses.create({ model, input: 'Hi', previous_response_id: 'resp_x' });
  } catch (error) {
    assert(error.status === 400, `status ${error.status}`);
    return error.message;
  }
  throw new Error('not refused');
});

// The AI SDK, both providers.
const openaiProvider = createOpenAI({ baseURL, apiKey });
const compatible = createOpenAICompatible({ name: 'mdi', baseURL, apiKey, supportsStructuredOutputs: true });
const providers = [
  ['@ai-sdk/openai responses', openaiProvider(model)],
  ['@ai-sdk/openai chat', openaiProvider.chat(model)],
  ['@ai-sdk/openai-compatible', compatible(model)],
];
for (const [name, m] of providers) {
  await check(`${name} generateText`, async () => {
    const r = await generateText({ model: m, prompt: 'Hi', maxOutputTokens: 16, temperature: 0 });
    assert(r.text.length > 0, 'no text');
    return `${r.finishReason} ${r.usage.outputTokens}: ${r.text}`;
  });
  await check(`${name} generateText with an image`, async () => {
    const r = await generateText({
      model: m, maxOutputTokens: 8, messages: [{ role: 'user', content: [
        { type: 'text', text: 'What is in this picture?' },
        { type: 'image', image: fs.readFileSync(imagePath), mediaType: 'image/png' }] }] });
    return r.text;
  });
  await check(`${name} streamText`, async () => {
    const r = streamText({ model: m, prompt: 'Hi', maxOutputTokens: 16, onError: ({ error }) => { throw error; } });
    let text = '';
    for await (const delta of r.textStream) text += delta;
    assert(text.length > 0, 'no text');
    return `${await r.finishReason}: ${text}`;
  });
  await check(`${name} generateObject (zod)`, async () => {
    const r = await generateObject({ model: m, schema: personZod, prompt: 'A person.', maxOutputTokens: 150,
                                     temperature: 1, seed: 11 });
    return validPerson(r.object);
  });
  await check(`${name} generateObject (JSON schema)`, async () => {
    const r = await generateObject({ model: m, schema: jsonSchema(person), prompt: 'A person.', maxOutputTokens: 150 });
    return validPerson(r.object);
  });
}

console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
process.exit(failures ? 1 : 0);
