#include "model/referenceconfigs.h"

#include <QJsonArray>

namespace mdi {

QStringList ReferenceConfigs::shapes() {
  return {QStringLiteral("2b"), QStringLiteral("7b")};
}

QJsonObject ReferenceConfigs::config(const QString &shape) {
  struct Shape {
    int hidden, intermediate, layers, heads, kvHeads, vocab;
    bool tied;
  };
  Shape s;
  if (shape == QLatin1String("2b"))
    s = {1536, 8960, 28, 12, 2, 151936, true};
  else if (shape == QLatin1String("7b"))
    s = {3584, 18944, 28, 28, 4, 152064, false};
  else
    return {};

  return QJsonObject{
      {QStringLiteral("architectures"), QJsonArray{QStringLiteral("Qwen2VLForConditionalGeneration")}},
      {QStringLiteral("attention_dropout"), 0.0},
      {QStringLiteral("bos_token_id"), 151643},
      {QStringLiteral("eos_token_id"), 151645},
      {QStringLiteral("vision_start_token_id"), 151652},
      {QStringLiteral("vision_end_token_id"), 151653},
      {QStringLiteral("vision_token_id"), 151654},
      {QStringLiteral("image_token_id"), 151655},
      {QStringLiteral("video_token_id"), 151656},
      {QStringLiteral("hidden_act"), QStringLiteral("silu")},
      {QStringLiteral("hidden_size"), s.hidden},
      {QStringLiteral("initializer_range"), 0.02},
      {QStringLiteral("intermediate_size"), s.intermediate},
      {QStringLiteral("max_position_embeddings"), 32768},
      {QStringLiteral("max_window_layers"), 28},
      {QStringLiteral("model_type"), QStringLiteral("qwen2_vl")},
      {QStringLiteral("num_attention_heads"), s.heads},
      {QStringLiteral("num_hidden_layers"), s.layers},
      {QStringLiteral("num_key_value_heads"), s.kvHeads},
      {QStringLiteral("rms_norm_eps"), 1e-6},
      {QStringLiteral("rope_theta"), 1000000.0},
      {QStringLiteral("sliding_window"), 32768},
      {QStringLiteral("tie_word_embeddings"), s.tied},
      {QStringLiteral("torch_dtype"), QStringLiteral("bfloat16")},
      {QStringLiteral("transformers_version"), QStringLiteral("4.41.2")},
      {QStringLiteral("use_cache"), true},
      {QStringLiteral("use_sliding_window"), false},
      {QStringLiteral("vision_config"), QJsonObject{{QStringLiteral("depth"), 32},
                                                    {QStringLiteral("embed_dim"), 1280},
                                                    {QStringLiteral("mlp_ratio"), 4},
                                                    {QStringLiteral("num_heads"), 16},
                                                    {QStringLiteral("in_chans"), 3},
                                                    {QStringLiteral("hidden_size"), s.hidden},
                                                    {QStringLiteral("patch_size"), 14},
                                                    {QStringLiteral("spatial_merge_size"), 2},
                                                    {QStringLiteral("temporal_patch_size"), 2}}},
      {QStringLiteral("rope_scaling"), QJsonObject{{QStringLiteral("type"), QStringLiteral("mrope")},
                                                   {QStringLiteral("mrope_section"), QJsonArray{16, 24, 24}}}},
      {QStringLiteral("vocab_size"), s.vocab},
  };
}

QJsonObject ReferenceConfigs::generationConfig() {
  return QJsonObject{
      {QStringLiteral("bos_token_id"), 151643},
      {QStringLiteral("pad_token_id"), 151643},
      {QStringLiteral("do_sample"), true},
      {QStringLiteral("eos_token_id"), QJsonArray{151645, 151643}},
      {QStringLiteral("repetition_penalty"), 1.05},
      {QStringLiteral("temperature"), 0.1},
      {QStringLiteral("top_k"), 1},
      {QStringLiteral("top_p"), 0.001},
      {QStringLiteral("transformers_version"), QStringLiteral("4.45.0.dev0")},
  };
}

QJsonObject ReferenceConfigs::preprocessorConfig() {
  return QJsonObject{
      {QStringLiteral("min_pixels"), 3136},
      {QStringLiteral("max_pixels"), 12845056},
      {QStringLiteral("patch_size"), 14},
      {QStringLiteral("temporal_patch_size"), 2},
      {QStringLiteral("merge_size"), 2},
      {QStringLiteral("image_mean"), QJsonArray{0.48145466, 0.4578275, 0.40821073}},
      {QStringLiteral("image_std"), QJsonArray{0.26862954, 0.26130258, 0.27577711}},
      {QStringLiteral("image_processor_type"), QStringLiteral("Qwen2VLImageProcessor")},
      {QStringLiteral("processor_class"), QStringLiteral("Qwen2VLProcessor")},
  };
}

} // namespace mdi
