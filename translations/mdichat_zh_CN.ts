<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: 找不到文件（%2）</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开: %2</translation>
    </message>
    <message>
        <source>%1: file is too large (%2 bytes, limit %3)</source>
        <translation>%1: 文件过大（%2 字节，上限为 %3）</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: 偏移量 %2 处的 JSON 无效: %3</translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object</source>
        <translation>%1: 顶层不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; %3</source>
        <translation>%1: 字段 &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be an integer or a list of integers</source>
        <translation>必须是整数或整数列表</translation>
    </message>
    <message>
        <source>must hold only integers</source>
        <translation>只能包含整数</translation>
    </message>
    <message>
        <source>must be a list of numbers</source>
        <translation>必须是数字列表</translation>
    </message>
    <message>
        <source>must hold only numbers</source>
        <translation>只能包含数字</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
</context>
<context>
    <name>LocalStageLink</name>
    <message>
        <source>The stage failed with an unknown exception.</source>
        <translation>阶段因未知异常而失败。</translation>
    </message>
</context>
<context>
    <name>ProfileLock</name>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>%3 上的进程 %1（%2）</translation>
    </message>
</context>
<context>
    <name>SamplingParams</name>
    <message>
        <source>Temperature must be a number of at least 0 (0 picks the most likely token); got %1.</source>
        <translation>温度必须是不小于 0 的数字（0 表示总是选择可能性最高的 token）；当前值为 %1。</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number of tokens; got %1.</source>
        <translation>Top-k 必须为 0（关闭）或正的 token 数；当前值为 %1。</translation>
    </message>
    <message>
        <source>Top-p must be between 0 and 1 (1 turns it off); got %1.</source>
        <translation>Top-p 必须介于 0 和 1 之间（1 表示关闭）；当前值为 %1。</translation>
    </message>
    <message>
        <source>Min-p must be between 0 (off) and 1; got %1.</source>
        <translation>Min-p 必须介于 0（关闭）和 1 之间；当前值为 %1。</translation>
    </message>
    <message>
        <source>Repetition penalty must be a positive number (1 turns it off); got %1.</source>
        <translation>重复惩罚必须是正数（1 表示关闭）；当前值为 %1。</translation>
    </message>
    <message>
        <source>The maximum number of new tokens must be at least 1; got %1.</source>
        <translation>最大新 token 数必须至少为 1；当前值为 %1。</translation>
    </message>
    <message>
        <source>Stop strings must not be empty.</source>
        <translation>停止字符串不能为空。</translation>
    </message>
    <message>
        <source>End-of-sequence token ids must not be negative; got %1.</source>
        <translation>序列结束 token 的 ID 不能为负数；当前值为 %1。</translation>
    </message>
    <message>
        <source>The number of top log-probabilities must be 0 to %1; got %2.</source>
        <translation>top 对数概率的数量必须在 0 到 %1 之间；收到的是 %2。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Cannot listen for other launches on the local socket %1: %2</source>
        <translation>无法在本地套接字 %1 上监听其他启动：%2</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Layers %1-%2 hold %3 tokens of this conversation, but the next step starts at token %4.</source>
        <translation>第 %1-%2 层保存了此对话的 %3 个 token，但下一步从第 %4 个 token 开始。</translation>
    </message>
    <message>
        <source>Layers %1-%2 received a malformed step: %3 hidden states of width %4 with %5 positions (expected width %6).</source>
        <translation>第 %1-%2 层收到了格式错误的步骤: %3 个宽度为 %4 的隐藏状态，%5 个位置（预期宽度为 %6）。</translation>
    </message>
    <message>
        <source>Layers %1-%2 received two steps of one conversation at once.</source>
        <translation>第 %1-%2 层同时收到了同一对话的两个步骤。</translation>
    </message>
    <message>
        <source>Decoder layers %1-%2 failed: %3</source>
        <translation>解码器层 %1-%2 失败: %3</translation>
    </message>
</context>
<context>
    <name>WireTensor</name>
    <message>
        <source>Hidden states of %1 x %2 %3 values came with %4 bytes.</source>
        <translation>%1 x %2 个 %3 值的隐藏状态附带了 %4 字节。</translation>
    </message>
    <message>
        <source>hidden states of the unknown dtype %1</source>
        <translation>未知 dtype %1 的隐藏状态</translation>
    </message>
    <message>
        <source>hidden states of %1 x %2 values, not %3 x %4</source>
        <translation>%1 x %2 个值的隐藏状态，而不是 %3 x %4</translation>
    </message>
    <message>
        <source>hidden states of %1 x %2 %3 values in %4 bytes</source>
        <translation>%4 字节中 %1 x %2 个 %3 值的隐藏状态</translation>
    </message>
    <message>
        <source>hidden states with NaN or infinite values (%1 of %2)</source>
        <translation>包含 NaN 或无穷值的隐藏状态（%2 个中有 %1 个）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MDI Chat peer: serves ranges of model layers to paired MDI Chat coordinators on the LAN.</source>
        <translation>MDI Chat 对等节点: 为局域网中已配对的 MDI Chat 协调器提供若干范围的模型层。</translation>
    </message>
    <message>
        <source>MDI Chat: local multimodal chat with Qwen2-VL, on this machine and its peers.</source>
        <translation>MDI Chat: 基于 Qwen2-VL 的本地多模态聊天，可在本机及其对等节点上运行。</translation>
    </message>
    <message>
        <source>Use the profile (history, images, settings) in &lt;dir&gt; instead of the default.</source>
        <translation>使用 &lt;dir&gt; 中的配置文件（历史记录、图像、设置），而不是默认配置文件。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Render the window with a demo conversation to the PNG &lt;file&gt; and exit (needs no model).</source>
        <translation>将带有演示对话的窗口渲染为 PNG 文件 &lt;file&gt; 后退出（无需模型）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Theme for --screenshot: light, dark or system.</source>
        <translation>--screenshot 的主题: light、dark 或 system。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WIDTHxHEIGHT.</source>
        <translation>--screenshot 的窗口大小，格式为 WIDTHxHEIGHT。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>With --screenshot: show the Peers panel with demo peers and a plan.</source>
        <translation>与 --screenshot 一起使用: 显示带有演示对等节点和方案的“对等节点”面板。</translation>
    </message>
    <message>
        <source>--size must be at least 400x300, as WIDTHxHEIGHT.</source>
        <translation>--size 必须至少为 400x300，格式为 WIDTHxHEIGHT。</translation>
    </message>
    <message>
        <source>MDI Chat is already running with this profile (%1).

Switch to the open window, or start with --data-dir to use another profile.</source>
        <translation>MDI Chat 已在使用此配置文件（%1）运行。

请切换到已打开的窗口，或使用 --data-dir 启动以使用其他配置文件。</translation>
    </message>
    <message>
        <source>MDI Chat</source>
        <translation>MDI Chat</translation>
    </message>
    <message>
        <source>The history cannot be opened:
%1</source>
        <translation>无法打开历史记录:
%1</translation>
    </message>
    <message>
        <source>Name shown to coordinators.</source>
        <translation>向协调器显示的名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TCP port (0: any free port).</source>
        <translation>TCP 端口（0: 任意空闲端口）。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Memory offered, in bytes.</source>
        <translation>提供的内存，以字节为单位。</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>Folder of the weight cache.</source>
        <translation>权重缓存文件夹。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Pairing code (default: generated once and remembered).</source>
        <translation>配对码（默认: 首次生成后记住）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Intra-op threads per stage (0: all cores).</source>
        <translation>每个阶段的算子内线程数（0: 所有核心）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>cpu or cuda.</source>
        <translation>cpu 或 cuda。</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>A model folder whose tensors are used instead of a transfer when their SHA-256 matches.</source>
        <translation>一个模型文件夹，当其中张量的 SHA-256 匹配时直接使用这些张量，而不进行传输。</translation>
    </message>
    <message>
        <source>File of the node&apos;s id and pairing code.</source>
        <translation>保存节点 ID 和配对码的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Address to listen on (default: all).</source>
        <translation>要监听的地址（默认: 全部）。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Do not announce on the LAN.</source>
        <translation>不在局域网中广播。</translation>
    </message>
    <message>
        <source>Also announce on 127.0.0.1 (tests, one offline computer).</source>
        <translation>同时在 127.0.0.1 上广播（用于测试或单台离线计算机）。</translation>
    </message>
    <message>
        <source>UDP port coordinators listen on for beacons (tests).</source>
        <translation>协调器用于监听信标的 UDP 端口（用于测试）。</translation>
    </message>
    <message>
        <source>UDP port this node listens on for queries (tests).</source>
        <translation>此节点用于监听查询的 UDP 端口（用于测试）。</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port 需要 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>--max-memory takes a number of bytes.</source>
        <translation>--max-memory 需要一个字节数。</translation>
    </message>
    <message>
        <source>--threads takes a number from 0 to 1024.</source>
        <translation>--threads 需要 0 到 1024 之间的数字。</translation>
    </message>
    <message>
        <source>--device takes cpu or cuda.</source>
        <translation>--device 需要 cpu 或 cuda。</translation>
    </message>
    <message>
        <source>--discovery-beacon-port takes a number from 1 to 65535.</source>
        <translation>--discovery-beacon-port 需要 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>--discovery-query-port takes a number from 1 to 65535.</source>
        <translation>--discovery-query-port 需要 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation>对等节点发现已关闭: %1</translation>
    </message>
    <message>
        <source>describe a checkpoint folder and validate its weights</source>
        <translation>描述检查点文件夹并验证其权重</translation>
    </message>
    <message>
        <source>write a checkpoint with random weights of a real shape (benchmarks)</source>
        <translation>写入具有真实形状的随机权重检查点（用于基准测试）</translation>
    </message>
    <message>
        <source>list the Qwen2-VL checkpoints in the Hugging Face cache and model folders</source>
        <translation>列出 Hugging Face 缓存和模型文件夹中的 Qwen2-VL 检查点</translation>
    </message>
    <message>
        <source>download a model from the Hugging Face hub, resumably, with hash checks</source>
        <translation>从 Hugging Face Hub 下载模型，支持断点续传和哈希校验</translation>
    </message>
    <message>
        <source>serve the model over HTTP: OpenAI-compatible chat completions with images (docs/API.md)</source>
        <translation>通过 HTTP 提供模型服务: 支持图像的 OpenAI 兼容聊天补全（docs/API.md）</translation>
    </message>
    <message>
        <source>Weight format of the layers served here: auto (what the coordinator asks for), best, f32, bf16, q8 or q4.</source>
        <translation>此处提供的层的权重格式：auto（按协调端的要求）、best、f32、bf16、q8 或 q4。</translation>
    </message>
    <message>
        <source>DTYPE</source>
        <translation>DTYPE</translation>
    </message>
    <message>
        <source>--dtype takes auto, best, f32, bf16, q8 or q4.</source>
        <translation>--dtype 可取 auto、best、f32、bf16、q8 或 q4。</translation>
    </message>
    <message>
        <source>Conversations one coordinator may keep cached here; beyond that its least recently used one is dropped.</source>
        <translation>一个协调器可在此缓存的对话数；超出后，将丢弃其最久未使用的对话。</translation>
    </message>
    <message>
        <source>--max-sessions takes a number from 1 to 100000.</source>
        <translation>--max-sessions 需要 1 到 100000 之间的数字。</translation>
    </message>
    <message>
        <source>MDI Chat is already running with this profile; its window was brought to the front.</source>
        <translation>MDI Chat 已在使用此配置文件运行；已将其窗口置于前台。</translation>
    </message>
</context>
<context>
    <name>mdi::ApiServer</name>
    <message>
        <source>The model was unloaded before the answer finished.</source>
        <translation>回答完成之前模型已被卸载。</translation>
    </message>
    <message>
        <source>This server needs an API key: send &quot;Authorization: Bearer KEY&quot;.</source>
        <translation>此服务器需要 API 密钥: 请发送 &quot;Authorization: Bearer KEY&quot;。</translation>
    </message>
    <message>
        <source>The API key is wrong.</source>
        <translation>API 密钥错误。</translation>
    </message>
    <message>
        <source>There is no %1 here; see docs/API.md for the endpoints.</source>
        <translation>此处没有 %1；有关端点，请参阅 docs/API.md。</translation>
    </message>
    <message>
        <source>%1 takes %2 requests.</source>
        <translation>%1 只接受 %2 请求。</translation>
    </message>
    <message>
        <source>The request body must be JSON, sent with &quot;Content-Type: application/json&quot;.</source>
        <translation>请求正文必须是 JSON，并以 &quot;Content-Type: application/json&quot; 发送。</translation>
    </message>
    <message>
        <source>The model is still loading; try again shortly.</source>
        <translation>模型仍在加载中，请稍后重试。</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <source>The model&apos;s configuration cannot be read.</source>
        <translation>无法读取模型的配置。</translation>
    </message>
    <message>
        <source>The answer failed: %1</source>
        <translation>回答失败: %1</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist here; GET /v1/models lists the one this server has.</source>
        <translation>此处不存在模型 &apos;%1&apos;；GET /v1/models 会列出此服务器提供的模型。</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist here; this server has &apos;%2&apos;.</source>
        <translation>此处不存在模型 &apos;%1&apos;；此服务器提供的是 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>&apos;n&apos; is %1, more answers than this server runs at once (%2).</source>
        <translation>&apos;n&apos; 为 %1，超过了此服务器可同时运行的回答数（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are in progress and %1 requests are waiting, the most this server holds; try again later.</source>
        <translation>
            <numerusform>有 %n 个回答正在生成，%1 个请求正在等待，已达此服务器的上限；请稍后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request waited %1 s for a free slot; try again later.</source>
        <translation>请求等待空闲槽位已达 %1 秒；请稍后重试。</translation>
    </message>
    <message>
        <source>This server answers only requests addressed to localhost (the Host header names another host; mdi-run serve --allow-host adds names).</source>
        <translation>此服务器只响应发往 localhost 的请求（Host 头指向了其他主机；mdi-run serve --allow-host 可添加名称）。</translation>
    </message>
    <message>
        <source>Web pages from %1 may not use this server (mdi-run serve --cors-origin names those that may).</source>
        <translation>来自 %1 的网页不能使用此服务器（mdi-run serve --cors-origin 指定可以使用的来源）。</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; not found; GET /api/tags lists the one this server has</source>
        <translation>未找到模型“%1”；GET /api/tags 列出此服务器上的模型</translation>
    </message>
</context>
<context>
    <name>mdi::AppContext</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>无法创建配置文件夹 %1。</translation>
    </message>
    <message>
        <source>The local API could not start: %1</source>
        <translation>无法启动本地 API: %1</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>对话需要一个标题。</translation>
    </message>
    <message>
        <source>%1 could not take part, so the model runs on this computer alone. The Peers panel (View &gt; Peers) shows which peers are there; Apply and Reload uses them again.</source>
        <translation>%1 无法参与，因此模型仅在这台计算机上运行。对等节点面板（视图 &gt; 对等节点）显示哪些对等节点可用；“应用并重新加载”会再次使用它们。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>mdi::AttachmentChip</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Attached image %1, %2 pixels</source>
        <translation>已附加图像 %1，%2 像素</translation>
    </message>
    <message>
        <source>%1
%2 pixels</source>
        <translation>%1
%2 像素</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>移除此图像</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>移除图像 %1</translation>
    </message>
</context>
<context>
    <name>mdi::ChatCompletionRequest</name>
    <message>
        <source>messages[%1].role must be a non-empty string</source>
        <translation>messages[%1].role 必须是非空字符串</translation>
    </message>
    <message>
        <source>messages[%1].role &apos;%2&apos; is not supported (system, developer, user or assistant)</source>
        <translation>不支持 messages[%1].role &apos;%2&apos;（可用值: system、developer、user 或 assistant）</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>请求正文不是有效的 JSON: %1（偏移量 %2）。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>请求正文必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>&apos;messages&apos; must be a non-empty list of messages</source>
        <translation>&apos;messages&apos; 必须是非空的消息列表</translation>
    </message>
    <message>
        <source>messages[%1] must be an object with &quot;role&quot; and &quot;content&quot;</source>
        <translation>messages[%1] 必须是包含 &quot;role&quot; 和 &quot;content&quot; 的对象</translation>
    </message>
    <message>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>必须介于 1 和 %1 之间</translation>
    </message>
    <message>
        <source>must be between 0 and 2</source>
        <translation>必须介于 0 和 2 之间</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>必须介于 0 和 1 之间</translation>
    </message>
    <message>
        <source>must be 0 (off) or a positive number of tokens</source>
        <translation>必须为 0（关闭）或正的 token 数</translation>
    </message>
    <message>
        <source>&apos;stop&apos; may hold at most %1 strings</source>
        <translation>&apos;stop&apos; 最多只能包含 %1 个字符串</translation>
    </message>
    <message>
        <source>&apos;stop&apos; must be a string or a list of strings</source>
        <translation>&apos;stop&apos; 必须是字符串或字符串列表</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling) is not supported</source>
        <translation>不支持 &apos;tools&apos;（函数调用）</translation>
    </message>
    <message>
        <source>&apos;chat_template_kwargs&apos; must be an object</source>
        <translation>&apos;chat_template_kwargs&apos; 必须是对象</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>/generate/multimodal gives one answer, not streamed; use /v1/chat/completions for &quot;stream&quot; and &quot;n&quot;</source>
        <translation>/generate/multimodal 只返回一个回答且不流式传输；如需 &quot;stream&quot; 和 &quot;n&quot;，请使用 /v1/chat/completions</translation>
    </message>
    <message>
        <source>&apos;n&apos; must be between 1 and %1</source>
        <translation>&apos;n&apos; 必须介于 1 和 %1 之间</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>图像 %1: %2</translation>
    </message>
    <message>
        <source>image %1: &apos;%2...&apos; must be a data: URL (data:image/png;base64,...); other URLs are not downloaded</source>
        <translation>图像 %1: &apos;%2...&apos; 必须是 data: URL（data:image/png;base64,...）；不会下载其他 URL</translation>
    </message>
    <message>
        <source>The request has %1 images; this server takes at most %2 per request.</source>
        <translation>请求包含 %1 张图像；此服务器每个请求最多接受 %2 张。</translation>
    </message>
    <message>
        <source>must be an integer (64-bit)</source>
        <translation>必须是整数（64 位）</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>必须介于 0 和 %1 之间</translation>
    </message>
    <message>
        <source>needs &quot;logprobs&quot;: true</source>
        <translation>需要 &quot;logprobs&quot;: true</translation>
    </message>
    <message>
        <source>image %1: the file:// URL was refused: this server reads image files only when started with --allow-file-urls, from an absolute path to a readable image; send the image as a data: URL</source>
        <translation>图像 %1: file:// URL 已被拒绝：此服务器只有在使用 --allow-file-urls 启动时才读取图像文件，且只读取指向可读图像的绝对路径；请以 data: URL 发送图像</translation>
    </message>
    <message>
        <source>image %1: the images before it already hold %2 megapixels, the most this server decodes for one request</source>
        <translation>图像 %1: 它之前的图像已达 %2 百万像素，这是此服务器为一个请求解码的上限</translation>
    </message>
    <message>
        <source>image %1: %2 (this server decodes at most %3 megapixels of images per request)</source>
        <translation>图像 %1: %2（此服务器每个请求最多解码 %3 百万像素的图像）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object with a &quot;type&quot;</source>
        <translation>“%1”必须是带有 &quot;type&quot; 的对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; type &apos;%2&apos; is not supported (text, json_object or json_schema)</source>
        <translation>不支持类型为“%2”的“%1”（text、json_object 或 json_schema）</translation>
    </message>
    <message>
        <source>&apos;%1.json_schema&apos; must be an object with the &quot;schema&quot;</source>
        <translation>“%1.json_schema”必须是带有 &quot;schema&quot; 的对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a JSON schema (an object)</source>
        <translation>“%1”必须是 JSON 模式（一个对象）</translation>
    </message>
    <message>
        <source>the shortest answer valid for %1 has %2 bytes, more than the token limit (%3) can be sure to hold; raise the token limit</source>
        <translation>对 %1 有效的最短回答有 %2 字节，超过令牌上限（%3）能确保容纳的长度；请提高令牌上限</translation>
    </message>
</context>
<context>
    <name>mdi::ChatController</name>
    <message>
        <source>The model is still loading; send again in a moment.</source>
        <translation>模型仍在加载中，请稍后再发送。</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>图像: %1</translation>
    </message>
    <message>
        <source>Type a message or add an image first.</source>
        <translation>请先输入消息或添加图像。</translation>
    </message>
    <message>
        <source>An answer is still being written; stop it first.</source>
        <translation>回答仍在生成中，请先停止。</translation>
    </message>
    <message>
        <source>Only an answer to a question can be regenerated.</source>
        <translation>只能重新生成对问题的回答。</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>只能编辑你自己的消息。</translation>
    </message>
    <message>
        <source>The edited message is empty.</source>
        <translation>编辑后的消息为空。</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>无法保存回答：%1</translation>
    </message>
    <message>
        <source>No model is loaded. Choose or download one in File &gt; Models…</source>
        <translation>未加载模型。请在“文件 &gt; 模型…”中选择或下载一个。</translation>
    </message>
    <message>
        <source>The message could not be deleted: %1</source>
        <translation>无法删除消息: %1</translation>
    </message>
    <message>
        <source>The other answer could not be shown: %1</source>
        <translation>无法显示另一个回答: %1</translation>
    </message>
    <message>
        <source>The conversation could not be deleted: %1</source>
        <translation>无法删除对话: %1</translation>
    </message>
    <message>
        <source>Only an answer that was stopped or cut short can be continued.</source>
        <translation>只有已停止或被截断的回答才能继续。</translation>
    </message>
    <message>
        <source>Only the last answer of a conversation can be continued; this one has replies.</source>
        <translation>只能继续对话中的最后一个回答；这个回答之后已有消息。</translation>
    </message>
    <message>
        <source>This answer is still being written; stop it first.</source>
        <translation>这个回答仍在生成中；请先停止它。</translation>
    </message>
    <message>
        <source>The message could not be shown: %1</source>
        <translation>无法显示该消息：%1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1（分支）</translation>
    </message>
</context>
<context>
    <name>mdi::ChatTemplate</name>
    <message>
        <source>message %1: must be an object with &quot;role&quot; and &quot;content&quot;</source>
        <translation>消息 %1: 必须是包含 &quot;role&quot; 和 &quot;content&quot; 的对象</translation>
    </message>
    <message>
        <source>message %1: &quot;role&quot; must be a non-empty string</source>
        <translation>消息 %1: &quot;role&quot; 必须是非空字符串</translation>
    </message>
    <message>
        <source>message %1: &quot;content&quot; must be a string or a list of parts</source>
        <translation>消息 %1: &quot;content&quot; 必须是字符串或部分列表</translation>
    </message>
    <message>
        <source>image %1 has %2 tokens; it must have at least one</source>
        <translation>图像 %1 有 %2 个 token；至少需要一个</translation>
    </message>
    <message>
        <source>message %1, part %2</source>
        <translation>消息 %1，第 %2 部分</translation>
    </message>
    <message>
        <source>%1: a content part must be an object</source>
        <translation>%1: 内容部分必须是对象</translation>
    </message>
    <message>
        <source>%1: an image part needs a non-empty &quot;image&quot; or &quot;image_url&quot; reference</source>
        <translation>%1: 图像部分需要非空的 &quot;image&quot; 或 &quot;image_url&quot; 引用</translation>
    </message>
    <message>
        <source>%1: video input is not supported</source>
        <translation>%1: 不支持视频输入</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; must be a string</source>
        <translation>%1: &quot;text&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>%1: unknown part type &apos;%2&apos;</source>
        <translation>%1: 未知的部分类型 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: a text part needs a &quot;text&quot; string</source>
        <translation>%1: 文本部分需要一个 &quot;text&quot; 字符串</translation>
    </message>
    <message>
        <source>%1: the part has no &quot;type&quot;, &quot;text&quot; or &quot;image&quot;</source>
        <translation>%1: 该部分没有 &quot;type&quot;、&quot;text&quot; 或 &quot;image&quot;</translation>
    </message>
    <message>
        <source>the prompt has %1 but %2 were given</source>
        <translation>提示词中有 %1，但提供了 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image placeholder(s)</source>
        <translation>
            <numerusform>%n 个图像占位符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Drop an image here or type a question below to start.</source>
        <translation>将图像拖放到此处，或在下方输入问题以开始。</translation>
    </message>
</context>
<context>
    <name>mdi::Checkpoint</name>
    <message>
        <source>%1 and %2 are both present; %1 is used, as transformers does</source>
        <translation>%1 和 %2 同时存在；与 transformers 一样，使用 %1</translation>
    </message>
    <message>
        <source>%1: field &apos;weight_map&apos; is missing or not an object</source>
        <translation>%1: 字段 &apos;weight_map&apos; 缺失或不是对象</translation>
    </message>
    <message>
        <source>%1: &apos;weight_map&apos; lists no tensors</source>
        <translation>%1: &apos;weight_map&apos; 中没有列出任何张量</translation>
    </message>
    <message>
        <source>%1: tensor %2 maps to %3, which is not a file name in the checkpoint folder</source>
        <translation>%1: 张量 %2 映射到 %3，但它不是检查点文件夹中的文件名</translation>
    </message>
    <message>
        <source>%1: names shard %2, which is not in %3</source>
        <translation>%1: 指定了分片 %2，但它不在 %3 中</translation>
    </message>
    <message>
        <source>%1: tensor %2 is listed in shard %3, which does not contain it</source>
        <translation>%1: 张量 %2 列在分片 %3 中，但该分片并不包含它</translation>
    </message>
    <message>
        <source>%1: tensor %2 is not listed in %3</source>
        <translation>%1: 张量 %2 未列在 %3 中</translation>
    </message>
    <message>
        <source>%1: tensor %2 is listed in %3 under shard %4</source>
        <translation>%1: 张量 %2 在 %3 中列于分片 %4 下</translation>
    </message>
    <message>
        <source>%1: the index and the shards disagree:
  %2</source>
        <translation>%1: 索引与分片不一致:
  %2</translation>
    </message>
    <message>
        <source>%1: metadata.total_size is %2 but the shards hold %3 bytes of tensors</source>
        <translation>%1: metadata.total_size 为 %2，但分片中的张量共 %3 字节</translation>
    </message>
    <message>
        <source>tensor %1 is stored twice: as %2 in %3 and as %4 in %5</source>
        <translation>张量 %1 被存储了两次: 在 %3 中为 %2，在 %5 中为 %4</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, the config implies %4</source>
        <translation>%1: 张量 %2 的形状为 %3，而配置要求为 %4</translation>
    </message>
    <message>
        <source>%1: tensor %2 has dtype %3; weights must be F32, F16 or BF16</source>
        <translation>%1: 张量 %2 的 dtype 为 %3；权重必须为 F32、F16 或 BF16</translation>
    </message>
    <message>
        <source>%1: holds %2 although config.json ties the head to the embedding; it is ignored</source>
        <translation>%1: 包含 %2，但 config.json 将输出头与嵌入绑定；已忽略该张量</translation>
    </message>
    <message>
        <source>%1: holds the rotary buffer %2, which is ignored</source>
        <translation>%1: 包含旋转位置编码缓冲区 %2，已忽略</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>missing (%1): %2</source>
        <translation>缺失（%1）: %2</translation>
    </message>
    <message>
        <source>unexpected (%1): %2</source>
        <translation>多余（%1）: %2</translation>
    </message>
    <message>
        <source>%1: the weights do not match config.json:
  %2</source>
        <translation>%1: 权重与 config.json 不匹配:
  %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no weights found: neither %2 nor %3 is there</source>
        <translation>%1: 找不到权重: %2 和 %3 都不存在</translation>
    </message>
    <message>
        <source> (found %1 without the index that says which tensors they hold)</source>
        <translation> (找到了 %1，但缺少说明其中包含哪些张量的索引)</translation>
    </message>
    <message>
        <source> (found PyTorch weights %1; MDI Chat reads only safetensors: convert them first)</source>
        <translation> (找到了 PyTorch 权重 %1；MDI Chat 只能读取 safetensors，请先进行转换)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) missing from their shards</source>
        <translation>
            <numerusform>... 另有 %n 个张量在其分片中缺失</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) missing from the index</source>
        <translation>
            <numerusform>... 另有 %n 个张量在索引中缺失</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) with a wrong shape</source>
        <translation>
            <numerusform>... 另有 %n 个张量形状错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) with a non-float dtype</source>
        <translation>
            <numerusform>... 另有 %n 个张量的 dtype 不是浮点类型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) stored twice</source>
        <translation>
            <numerusform>... 另有 %n 个张量被存储了两次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::CodeBlockView</name>
    <message>
        <source>Code block</source>
        <translation>代码块</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>mdi::Composer</name>
    <message>
        <source>Message composer</source>
        <translation>消息输入框</translation>
    </message>
    <message>
        <source>Ask about an image, or anything else. Enter sends, Shift+Enter starts a new line; drop or paste images.</source>
        <translation>询问关于图像或任何其他内容的问题。按 Enter 发送，按 Shift+Enter 换行；可拖放或粘贴图像。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Attach images (you can also drop or paste them)</source>
        <translation>附加图像（也可以拖放或粘贴）</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>附加图像</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>粘贴的图像</translation>
    </message>
    <message>
        <source>%1 is already attached.</source>
        <translation>%1 已附加。</translation>
    </message>
    <message>
        <source>Images cannot be added: the history folder is not available.</source>
        <translation>无法添加图像: 历史记录文件夹不可用。</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>未添加: %1</translation>
    </message>
    <message>
        <source>The pasted image was not added: %1</source>
        <translation>未添加粘贴的图像: %1</translation>
    </message>
    <message>
        <source>Attach Images</source>
        <translation>附加图像</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>图像 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what was written so far is kept</source>
        <translation>停止回答（Esc）；已生成的内容会保留</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>停止生成</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>发送消息（Enter）</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Images and PDFs (%1);;All files (*)</source>
        <translation>图片和 PDF (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not added: %1: even its first page needs about %2 image tokens, more than the model&apos;s context of %3 tokens leaves for it.</source>
        <translation>未添加：%1：仅第一页就需要约 %2 个图像标记，超过了模型 %3 个标记的上下文所能容纳的量。</translation>
    </message>
    <message>
        <source>%1 has %2 pages; pages 1–%3 are attached, as many as one message for this model takes. Change the range on its chip to read others.</source>
        <translation>%1 共 %2 页；已附加第 1–%3 页，即此模型一条消息能容纳的页数。要读取其他页，请在其标签上更改范围。</translation>
    </message>
    <message>
        <source>Pages %1–%2 of %3 are %4 pages; one message takes at most %5. Choose fewer pages.</source>
        <translation>%3 的第 %1–%2 页共 %4 页；一条消息最多 %5 页。请选择更少的页。</translation>
    </message>
    <message>
        <source>Pages %1–%2 of %3 need about %4 image tokens; the model&apos;s context of %5 tokens leaves room for about %6 here. Choose fewer pages.</source>
        <translation>%3 的第 %1–%2 页需要约 %4 个图像标记；模型 %5 个标记的上下文在这里只能容纳约 %6 个。请选择更少的页。</translation>
    </message>
    <message>
        <source>Not added: %1, page %2: %3</source>
        <translation>未添加：%1，第 %2 页：%3</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationActions</name>
    <message>
        <source>Sampling and System &amp;Prompt…</source>
        <translation>采样和系统提示(&amp;P)…</translation>
    </message>
    <message>
        <source>How this conversation&apos;s answers choose their words, and its own system prompt</source>
        <translation>此对话的回答如何选词，以及它自己的系统提示</translation>
    </message>
    <message>
        <source>C&amp;ontinue Answer</source>
        <translation>继续回答(&amp;O)</translation>
    </message>
    <message>
        <source>Continue writing the last answer where it stopped</source>
        <translation>从停止处继续写最后一个回答</translation>
    </message>
    <message>
        <source>&amp;Fork Conversation</source>
        <translation>分支对话(&amp;F)</translation>
    </message>
    <message>
        <source>Start a new conversation with the messages so far</source>
        <translation>用到目前为止的消息开始新对话</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationExporter</name>
    <message>
        <source>Untitled conversation</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>(stopped before the end)</source>
        <translation>（在结束前已停止）</translation>
    </message>
    <message>
        <source>(the answer failed)</source>
        <translation>（回答失败）</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>（未完成）</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: 无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: 找不到文件（%2）</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: 不是文件</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; at most %3 MB can be imported</source>
        <translation>%1: 文件大小为 %2 MB；最多只能导入 %3 MB</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 无法读取: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1: 不是有效的 JSON（第 %3 字节处 %2）</translation>
    </message>
    <message>
        <source>%1: not an MDI Chat conversation (the JSON is not an object)</source>
        <translation>%1: 不是 MDI Chat 对话（JSON 不是对象）</translation>
    </message>
    <message>
        <source>%1: not an MDI Chat conversation (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1: 不是 MDI Chat 对话（&quot;format&quot; 不是 &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>%1: written by a newer version of MDI Chat (format version %2; this version reads up to %3)</source>
        <translation>%1: 由较新版本的 MDI Chat 写入（格式版本 %2；此版本最多只能读取 %3）</translation>
    </message>
    <message>
        <source>%1 images; at most %2 are allowed</source>
        <translation>%1 张图像；最多允许 %2 张</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 digest (64 lower-case hex digits)</source>
        <translation>&quot;%1&quot; 不是 SHA-256 摘要（64 位小写十六进制数字）</translation>
    </message>
    <message>
        <source>must be an object with a base64 &quot;data&quot; string</source>
        <translation>必须是包含 base64 &quot;data&quot; 字符串的对象</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>消息 %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>&quot;state&quot; must be complete, streaming, stopped or failed; got &quot;%1&quot;</source>
        <translation>&quot;state&quot; 必须是 complete、streaming、stopped 或 failed；当前值为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>each image must be an object</source>
        <translation>每个图像都必须是对象</translation>
    </message>
    <message>
        <source>the image %1 is not in the file&apos;s &quot;images&quot;</source>
        <translation>图像 %1 不在文件的 &quot;images&quot; 中</translation>
    </message>
    <message>
        <source>%1: the image %2 is not valid base64</source>
        <translation>%1: 图像 %2 不是有效的 base64</translation>
    </message>
    <message>
        <source>%1: the image %2 does not match its SHA-256 digest (the file is damaged)</source>
        <translation>%1: 图像 %2 与其 SHA-256 摘要不匹配（文件已损坏）</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: 无法写入文件: %2</translation>
    </message>
    <message>
        <source>%1: the image file is missing from %2</source>
        <translation>%1: %2 中缺少图像文件</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: 无法读取 %2: %3</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationSettingsDialog</name>
    <message>
        <source>New Chat Settings</source>
        <translation>新聊天设置</translation>
    </message>
    <message>
        <source>Conversation Settings</source>
        <translation>对话设置</translation>
    </message>
    <message>
        <source>How answers choose their words</source>
        <translation>回答如何选词</translation>
    </message>
    <message>
        <source>&amp;System prompt for this conversation</source>
        <translation>此对话的系统提示(&amp;S)</translation>
    </message>
    <message>
        <source>Instructions the model reads before every message of this conversation, for example &quot;Answer in German&quot; or &quot;You are a careful proofreader&quot;. Empty: none.</source>
        <translation>模型在此对话每条消息之前读取的指示，例如“用德语回答”或“你是一位细心的校对员”。留空：无。</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationSidebar</name>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新对话(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>开始新对话</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Finds conversations whose messages or title contain every word (Ctrl+F)</source>
        <translation>查找消息或标题中包含所有词语的对话（Ctrl+F）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1
Last message: %2</source>
        <translation>%1
最后一条消息: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) match the search</source>
        <translation>
            <numerusform>%n 个对话与搜索匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation matches the search.</source>
        <translation>没有与搜索匹配的对话。</translation>
    </message>
    <message>
        <source>&amp;Pin to Top</source>
        <translation>置顶(&amp;P)</translation>
    </message>
    <message>
        <source>Writing an answer…</source>
        <translation>正在撰写回答…</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>更早</translation>
    </message>
</context>
<context>
    <name>mdi::CorsPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a web origin: give scheme, host and port as the browser shows them, such as http://localhost:3000</source>
        <translation>“%1”不是网页来源：请按浏览器显示的形式给出协议、主机和端口，例如 http://localhost:3000</translation>
    </message>
</context>
<context>
    <name>mdi::DecoderLayers</name>
    <message numerus="yes">
        <source>Layer range %1-%2 is not inside the model&apos;s %n layer(s).</source>
        <translation>
            <numerusform>层范围 %1-%2 不在模型的 %n 个层之内。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden states must be [n, %1].</source>
        <translation>隐藏状态必须为 [n, %1]。</translation>
    </message>
    <message>
        <source>%1 hidden states came with %2 positions.</source>
        <translation>%1 个隐藏状态对应了 %2 个位置。</translation>
    </message>
    <message numerus="yes">
        <source>The KV cache holds %n layer(s); this stage has %1.</source>
        <translation>
            <numerusform>KV 缓存包含 %n 个层；此阶段有 %1 个层。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoder layers %1-%2 failed: %3</source>
        <translation>解码器层 %1-%2 失败: %3</translation>
    </message>
</context>
<context>
    <name>mdi::DemoScreenshot</name>
    <message>
        <source>Sunset over the lake</source>
        <translation>湖上日落</translation>
    </message>
    <message>
        <source>What time of day is it in this picture? And how could I draw the sun&apos;s glow with QPainter?</source>
        <translation>这张图片是一天中的什么时候？另外，如何用 QPainter 绘制太阳的光晕？</translation>
    </message>
    <message>
        <source>Evening, shortly before sunset.</source>
        <translation>傍晚，日落前不久。</translation>
    </message>
    <message>
        <source>It is **sunset** (or just before it): the sun sits low above the hills, the sky runs from deep blue to *orange*, and its light is reflected on the lake.

A soft glow is a `QRadialGradient` that fades to transparent:

```cpp
QRadialGradient glow(centre, 70);
glow.setColorAt(0.0, QColor(255, 244, 201));
glow.setColorAt(1.0, QColor(255, 211, 110, 0)); // transparent edge
painter.setBrush(glow);
painter.drawEllipse(centre, 70, 70);
```

Draw it **before** the hills so that they cover its lower half.</source>
        <translation>现在是**日落**时分（或即将日落）：太阳低垂在山丘上方，天空从深蓝渐变为*橙色*，阳光倒映在湖面上。

柔和的光晕可以用一个渐变到透明的 `QRadialGradient` 实现：

```cpp
QRadialGradient glow(centre, 70);
glow.setColorAt(0.0, QColor(255, 244, 201));
glow.setColorAt(1.0, QColor(255, 211, 110, 0)); // transparent edge
painter.setBrush(glow);
painter.drawEllipse(centre, 70, 70);
```

请在绘制山丘**之前**绘制它，这样山丘会遮住它的下半部分。</translation>
    </message>
    <message>
        <source>Make the sky a little darker</source>
        <translation>把天空调暗一点</translation>
    </message>
    <message>
        <source>12.4 tokens/s</source>
        <translation>12.4 token/秒</translation>
    </message>
    <message>
        <source>Context 449 / 32,768</source>
        <translation>上下文 449 / 32,768</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>无法创建临时文件夹。</translation>
    </message>
    <message>
        <source>Sorting a list of tuples in Python</source>
        <translation>在 Python 中对元组列表排序</translation>
    </message>
    <message>
        <source>Recipe ideas for leftover rice</source>
        <translation>剩米饭的食谱创意</translation>
    </message>
    <message>
        <source>Layers 0–28 on this computer</source>
        <translation>第 0–28 层在本机上</translation>
    </message>
    <message>
        <source>27.1 tokens/s</source>
        <translation>27.1 token/秒</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1: %2</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoverCommand</name>
    <message>
        <source>Lists the MDI Chat nodes (mdi-node) on the local network.</source>
        <translation>列出本地网络中的 MDI Chat 节点（mdi-node）。</translation>
    </message>
    <message>
        <source>List peers.</source>
        <translation>列出对等节点。</translation>
    </message>
    <message>
        <source>Seconds to listen (default 3).</source>
        <translation>监听的秒数（默认为 3）。</translation>
    </message>
    <message>
        <source>Also listen and ask on 127.0.0.1.</source>
        <translation>同时在 127.0.0.1 上监听和查询。</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>输出 JSON 数组。</translation>
    </message>
    <message>
        <source>UDP port to listen on for beacons.</source>
        <translation>用于监听信标的 UDP 端口。</translation>
    </message>
    <message>
        <source>UDP port nodes take queries on.</source>
        <translation>节点接收查询的 UDP 端口。</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 0 to 3600.</source>
        <translation>--timeout 需要 0 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>--beacon-port and --query-port take numbers from 1 to 65535.</source>
        <translation>--beacon-port 和 --query-port 需要 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>No nodes answered.</source>
        <translation>没有节点应答。</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoveryBeacon</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; 不是有效的节点 ID。</translation>
    </message>
    <message>
        <source>A beacon needs the node&apos;s TCP port.</source>
        <translation>信标需要节点的 TCP 端口。</translation>
    </message>
    <message>
        <source>The beacon takes %1 bytes; at most %2 are allowed.</source>
        <translation>信标占用 %1 字节；最多允许 %2 字节。</translation>
    </message>
    <message>
        <source>a beacon of %1 bytes is larger than %2</source>
        <translation>%1 字节的信标超过了 %2</translation>
    </message>
    <message>
        <source>not an MDI beacon</source>
        <translation>不是 MDI 信标</translation>
    </message>
    <message>
        <source>is 0</source>
        <translation>为 0</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>的值 %1 未知</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>不是有效的 ID</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>为负数</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>包含控制字符</translation>
    </message>
    <message>
        <source>malformed beacon: %1</source>
        <translation>格式错误的信标: %1</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoveryService</name>
    <message>
        <source>Cannot listen for peer discovery on UDP port %1: %2</source>
        <translation>无法在 UDP 端口 %1 上监听对等节点发现: %2</translation>
    </message>
</context>
<context>
    <name>mdi::DownloadCommand</name>
    <message>
        <source>  %1 left</source>
        <translation>  剩余 %1</translation>
    </message>
    <message>
        <source>Downloads a model from the Hugging Face hub into its cache, resumably, verifying every file&apos;s hash.</source>
        <translation>从 Hugging Face Hub 将模型下载到其缓存中，支持断点续传，并校验每个文件的哈希值。</translation>
    </message>
    <message>
        <source>Repository, e.g. Qwen/Qwen2-VL-2B-Instruct.</source>
        <translation>仓库，例如 Qwen/Qwen2-VL-2B-Instruct。</translation>
    </message>
    <message>
        <source>Branch, tag or commit (default main).</source>
        <translation>分支、标签或提交（默认为 main）。</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>The hub cache folder to download into (default: %1).</source>
        <translation>下载到的 Hub 缓存文件夹（默认: %1）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The hub or a mirror (default: the app&apos;s setting, %1).</source>
        <translation>Hub 或镜像（默认: 应用程序的设置，%1）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Seconds without data before giving up (default 30).</source>
        <translation>无数据多少秒后放弃（默认为 30）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--timeout: give a number of seconds above 0
</source>
        <translation>--timeout: 请指定大于 0 的秒数
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>错误: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n file(s), %3
</source>
        <translation>
            <numerusform>%1（%2）: %n 个文件，%3
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::Engine</name>
    <message>
        <source>No model is loaded.</source>
        <translation>未加载模型。</translation>
    </message>
</context>
<context>
    <name>mdi::EngineArguments</name>
    <message>
        <source>--%1 needs a number in range, not &apos;%2&apos;</source>
        <translation>--%1 需要一个范围内的数字，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Checkpoint folder (Hugging Face layout).</source>
        <translation>检查点文件夹（Hugging Face 布局）。</translation>
    </message>
    <message>
        <source>Compute threads (default: physical cores).</source>
        <translation>计算线程数（默认: 物理核心数）。</translation>
    </message>
    <message>
        <source>Largest image area in pixels after resizing (default: the model&apos;s).</source>
        <translation>缩放后的最大图像面积，以像素计（默认: 模型的设置）。</translation>
    </message>
    <message>
        <source>Split the decoder layers across N local stages (worker threads).</source>
        <translation>将解码器层拆分到 N 个本地阶段（工作线程）。</translation>
    </message>
    <message>
        <source>Explicit layer ranges, one local stage each, e.g. &quot;0-9,9-19,19-28&quot;.</source>
        <translation>显式指定层范围，每个范围一个本地阶段，例如 &quot;0-9,9-19,19-28&quot;。</translation>
    </message>
    <message>
        <source>Compute threads per stage (default: cores / stages).</source>
        <translation>每个阶段的计算线程数（默认: 核心数 / 阶段数）。</translation>
    </message>
    <message>
        <source>An mdi-node to run stages on (repeatable): with K peers the last K stages of the plan run on them, in order (default: --stages K).</source>
        <translation>运行阶段的 mdi-node（可重复指定）: 指定 K 个对等节点时，方案中的最后 K 个阶段将按顺序在这些节点上运行（默认: --stages K）。</translation>
    </message>
    <message>
        <source>The pairing code of the peers (one per --peer, or one for all).</source>
        <translation>对等节点的配对码（每个 --peer 一个，或所有节点共用一个）。</translation>
    </message>
    <message>
        <source>--stages must be at least 1</source>
        <translation>--stages 必须至少为 1</translation>
    </message>
    <message>
        <source>Give one --pairing-code for all peers or one per --peer.</source>
        <translation>请为所有对等节点指定一个 --pairing-code，或为每个 --peer 各指定一个。</translation>
    </message>
    <message>
        <source>--peer takes HOST:PORT, not &apos;%1&apos;.</source>
        <translation>--peer 的格式为 HOST:PORT，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Weight precision: auto (default: the fastest that keeps quality on this CPU), best (the checkpoint&apos;s own), f32, bf16, q8 (8-bit) or q4 (4-bit).</source>
        <translation>权重精度: auto（默认: 在此 CPU 上保持质量的最快精度）、best（检查点自身的精度）、f32、bf16、q8（8-bit）或 q4（4-bit）。</translation>
    </message>
    <message>
        <source>--dtype must be one of %1, not &apos;%2&apos;</source>
        <translation>--dtype 必须是 %1 之一，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Answers decoded together in one pass through the weights (default 8; 1: one at a time).</source>
        <translation>在一次权重遍历中同时解码的回答数（默认 8；1: 逐个解码）。</translation>
    </message>
    <message>
        <source>Prompt tokens read per pass (default 256; fewer while other answers decode).</source>
        <translation>每次遍历读取的提示词 token 数（默认 256；其他回答解码时会更少）。</translation>
    </message>
    <message>
        <source>--max-batch must be between 1 and 256</source>
        <translation>--max-batch 必须介于 1 和 256 之间</translation>
    </message>
    <message>
        <source>--prefill-chunk must be at least 1</source>
        <translation>--prefill-chunk 必须至少为 1</translation>
    </message>
</context>
<context>
    <name>mdi::ForwardBatchMessage</name>
    <message>
        <source>a ForwardBatch needs at least one entry</source>
        <translation>ForwardBatch 至少需要一个条目</translation>
    </message>
    <message>
        <source>an entry needs at least one token</source>
        <translation>条目至少需要一个词元</translation>
    </message>
    <message>
        <source>session %1 appears twice</source>
        <translation>会话 %1 出现了两次</translation>
    </message>
    <message>
        <source>the entries hold more than %1 tokens</source>
        <translation>条目包含的词元超过 %1 个</translation>
    </message>
</context>
<context>
    <name>mdi::ForwardMessage</name>
    <message>
        <source>a Forward needs at least one token</source>
        <translation>Forward 至少需要一个 token</translation>
    </message>
    <message>
        <source>%1 rows of hidden states for %2 tokens</source>
        <translation>%2 个 token 对应 %1 行隐藏状态</translation>
    </message>
    <message>
        <source>hidden states need at least one column</source>
        <translation>隐藏状态至少需要一列</translation>
    </message>
</context>
<context>
    <name>mdi::FrameReader</name>
    <message>
        <source>the stream does not start with an MDI frame (bad magic bytes %1)</source>
        <translation>数据流不是以 MDI 帧开头（错误的魔数字节 %1）</translation>
    </message>
    <message>
        <source>the peer speaks protocol version %1; this program speaks version %2</source>
        <translation>对等节点使用协议版本 %1；此程序使用版本 %2</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>未知的消息类型 %1</translation>
    </message>
    <message>
        <source>reserved flags 0x%1 are set in a %2 frame</source>
        <translation>%2 帧中设置了保留标志 0x%1</translation>
    </message>
    <message>
        <source>a %1 frame of %2 bytes exceeds the limit of %3 bytes</source>
        <translation>%2 字节的 %1 帧超过了 %3 字节的上限</translation>
    </message>
</context>
<context>
    <name>mdi::FrameWriter</name>
    <message>
        <source>a %1 message of %2 bytes exceeds the frame limit of %3 bytes</source>
        <translation>%2 字节的 %1 消息超过了 %3 字节的帧上限</translation>
    </message>
    <message>
        <source>could not send a %1 message: %2</source>
        <translation>无法发送 %1 消息: %2</translation>
    </message>
</context>
<context>
    <name>mdi::GenerateCommand</name>
    <message>
        <source>MDI Chat on the command line: one prompt and images in, the answer out.

Commands (mdi-run COMMAND --help):
%1</source>
        <translation>命令行版 MDI Chat: 输入一个提示词和图像，输出回答。

命令（mdi-run COMMAND --help）:
%1</translation>
    </message>
    <message>
        <source>The user message.</source>
        <translation>用户消息。</translation>
    </message>
    <message>
        <source>A system message.</source>
        <translation>系统消息。</translation>
    </message>
    <message>
        <source>A JSON file with &quot;messages&quot; (Hugging Face chat format) and optional &quot;chat_template_kwargs&quot;.</source>
        <translation>包含 &quot;messages&quot;（Hugging Face 聊天格式）和可选 &quot;chat_template_kwargs&quot; 的 JSON 文件。</translation>
    </message>
    <message>
        <source>Folder that relative image names in --messages resolve against.</source>
        <translation>解析 --messages 中相对图像名称时所基于的文件夹。</translation>
    </message>
    <message>
        <source>Keep the K most likely tokens (0: off).</source>
        <translation>保留可能性最高的 K 个 token（0: 关闭）。</translation>
    </message>
    <message>
        <source>Nucleus sampling threshold.</source>
        <translation>核采样（Nucleus sampling）阈值。</translation>
    </message>
    <message>
        <source>Drop tokens below P times the top probability.</source>
        <translation>丢弃概率低于最高概率 P 倍的 token。</translation>
    </message>
    <message>
        <source>Repetition penalty (1: off).</source>
        <translation>重复惩罚（1: 关闭）。</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>随机种子（默认为 0）。</translation>
    </message>
    <message>
        <source>A stop string (repeatable).</source>
        <translation>停止字符串（可重复指定）。</translation>
    </message>
    <message>
        <source>Keep generating after end-of-sequence.</source>
        <translation>在序列结束后继续生成。</translation>
    </message>
    <message>
        <source>Print one JSON object with tokens, text and statistics.</source>
        <translation>输出一个包含 token、文本和统计信息的 JSON 对象。</translation>
    </message>
    <message>
        <source>Generate K answers at once with seeds S..S+K-1 (--json prints an array).</source>
        <translation>使用种子 S..S+K-1 同时生成 K 个回答（--json 会输出一个数组）。</translation>
    </message>
    <message>
        <source>--model DIR is required (see --help)</source>
        <translation>必须指定 --model DIR（参见 --help）</translation>
    </message>
    <message>
        <source>give either --prompt or --messages</source>
        <translation>请指定 --prompt 或 --messages</translation>
    </message>
    <message>
        <source>--parallel must be at least 1</source>
        <translation>--parallel 必须至少为 1</translation>
    </message>
    <message>
        <source>With --json: each generated token&apos;s log-probability and the N most likely tokens of its step (0 to %1), under &quot;logprobs&quot; as in OpenAI&apos;s chat API; from the model&apos;s distribution, before temperature and top-k/top-p. Keeps every step&apos;s logits (0.6 MB each for Qwen2-VL).</source>
        <translation>配合 --json 使用: 在 &quot;logprobs&quot; 下输出每个生成 token 的对数概率及该步最可能的 N 个 token（0 到 %1），与 OpenAI 聊天 API 相同；基于模型自身的分布，在应用温度和 top-k/top-p 之前计算。会保留每一步的 logits（Qwen2-VL 每步 0.6 MB）。</translation>
    </message>
    <message>
        <source>--logprobs must be between 0 and %1, not &apos;%2&apos;</source>
        <translation>--logprobs 必须介于 0 和 %1 之间，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--logprobs needs --json (the log-probabilities are part of the JSON answer)</source>
        <translation>--logprobs 需要 --json（对数概率是 JSON 回答的一部分）</translation>
    </message>
    <message>
        <source>Most tokens to generate (default: the model&apos;s generation_config.json, else 512).</source>
        <translation>最多生成的词元数（默认：模型的 generation_config.json，否则为 512）。</translation>
    </message>
    <message>
        <source>Sampling temperature; 0 is greedy. Giving it, --top-p, --top-k or --min-p replaces the model&apos;s generation_config.json sampling: what is not given is 1 (temperature, top-p) or off (top-k, min-p).</source>
        <translation>采样温度；0 为贪心。给出它或 --top-p、--top-k、--min-p 时，将不再使用模型 generation_config.json 中的采样设置：未给出的取 1（温度、top-p）或关闭（top-k、min-p）。</translation>
    </message>
    <message>
        <source>An image for the prompt, or a PDF: one image per page (repeatable).</source>
        <translation>用于提示的图片，或 PDF：每页一张图片（可重复）。</translation>
    </message>
</context>
<context>
    <name>mdi::HistorySchema</name>
    <message>
        <source>%1: cannot read the chat history; the file is damaged or not an SQLite database (%2)</source>
        <translation>%1: 无法读取聊天历史记录；文件已损坏或不是 SQLite 数据库（%2）</translation>
    </message>
    <message>
        <source>%1: this SQLite file belongs to another application (application id %2); it was left unchanged</source>
        <translation>%1: 此 SQLite 文件属于其他应用程序（应用程序 ID %2）；未做任何更改</translation>
    </message>
    <message>
        <source>%1: the chat history was written by a newer version of MDI Chat (schema version %2; this version understands up to %3). It was left unchanged; update MDI Chat to open it.</source>
        <translation>%1: 聊天历史记录由较新版本的 MDI Chat 写入（模式版本 %2；此版本最多支持 %3）。未做任何更改；请更新 MDI Chat 后再打开。</translation>
    </message>
    <message>
        <source>%1: the chat history has an invalid schema version %2</source>
        <translation>%1: 聊天历史记录的模式版本 %2 无效</translation>
    </message>
    <message>
        <source>%1: this SQLite file is not an MDI Chat history (schema version %2 without MDI Chat&apos;s application id); it was left unchanged</source>
        <translation>%1: 此 SQLite 文件不是 MDI Chat 历史记录（模式版本为 %2，但没有 MDI Chat 的应用程序 ID）；未做任何更改</translation>
    </message>
    <message>
        <source>%1: cannot read the chat history (%2)</source>
        <translation>%1: 无法读取聊天历史记录（%2）</translation>
    </message>
    <message>
        <source>%1: this SQLite file holds tables of another application; it was left unchanged</source>
        <translation>%1: 此 SQLite 文件包含其他应用程序的表；未做任何更改</translation>
    </message>
    <message>
        <source>%1: cannot configure the database (%2)</source>
        <translation>%1: 无法配置数据库（%2）</translation>
    </message>
    <message>
        <source>%1: cannot lock the database to upgrade it (%2)</source>
        <translation>%1: 无法锁定数据库以进行升级（%2）</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version (%2)</source>
        <translation>%1: 无法读取模式版本（%2）</translation>
    </message>
    <message>
        <source>%1: the chat history was upgraded by a newer version of MDI Chat (schema version %2)</source>
        <translation>%1: 聊天历史记录已被较新版本的 MDI Chat 升级（模式版本 %2）</translation>
    </message>
    <message>
        <source>%1: cannot upgrade the chat history to schema version %2 (%3)</source>
        <translation>%1: 无法将聊天历史记录升级到模式版本 %2（%3）</translation>
    </message>
</context>
<context>
    <name>mdi::HistoryStore</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2（%3）</translation>
    </message>
    <message>
        <source>the database is busy or read-only</source>
        <translation>数据库正忙或为只读</translation>
    </message>
    <message>
        <source>cannot save the change</source>
        <translation>无法保存更改</translation>
    </message>
    <message>
        <source>cannot read the messages</source>
        <translation>无法读取消息</translation>
    </message>
    <message>
        <source>cannot read the attachments</source>
        <translation>无法读取附件</translation>
    </message>
    <message>
        <source>cannot save an image attachment</source>
        <translation>无法保存图像附件</translation>
    </message>
    <message>
        <source>%1: the history writer is not running</source>
        <translation>%1: 历史记录写入程序未运行</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed; the chat history cannot be opened.</source>
        <translation>未安装 Qt SQLite 驱动程序（QSQLITE）；无法打开聊天历史记录。</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the chat history</source>
        <translation>%1: 无法为聊天历史记录创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot open the chat history (%2)</source>
        <translation>%1: 无法打开聊天历史记录（%2）</translation>
    </message>
    <message>
        <source>%1: cannot open the chat history for reading (%2)</source>
        <translation>%1: 无法以只读方式打开聊天历史记录（%2）</translation>
    </message>
    <message>
        <source>cannot read conversation %1</source>
        <translation>无法读取对话 %1</translation>
    </message>
    <message>
        <source>Conversation %1 does not exist (it may have been deleted).</source>
        <translation>对话 %1 不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>Message %1 does not exist (it may have been deleted).</source>
        <translation>消息 %1 不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 are allowed.</source>
        <translation>标题长度为 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>cannot create a conversation</source>
        <translation>无法创建对话</translation>
    </message>
    <message>
        <source>cannot rename conversation %1</source>
        <translation>无法重命名对话 %1</translation>
    </message>
    <message>
        <source>cannot save the settings of conversation %1</source>
        <translation>无法保存对话 %1 的设置</translation>
    </message>
    <message>
        <source>cannot read the attachments of conversation %1</source>
        <translation>无法读取对话 %1 的附件</translation>
    </message>
    <message>
        <source>cannot delete conversation %1</source>
        <translation>无法删除对话 %1</translation>
    </message>
    <message>
        <source>A message&apos;s role must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;; got &quot;%1&quot;.</source>
        <translation>消息的角色必须是 &quot;user&quot;、&quot;assistant&quot; 或 &quot;system&quot;；当前值为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1: the image reference &quot;%2&quot; is not a SHA-256 digest</source>
        <translation>%1: 图像引用 &quot;%2&quot; 不是 SHA-256 摘要</translation>
    </message>
    <message>
        <source>%1: the image is not in the image store %2</source>
        <translation>%1: 图像不在图像存储 %2 中</translation>
    </message>
    <message>
        <source>cannot read message %1</source>
        <translation>无法读取消息 %1</translation>
    </message>
    <message>
        <source>Message %1 belongs to another conversation; it cannot be the parent of a message in conversation %2.</source>
        <translation>消息 %1 属于另一个对话；不能作为对话 %2 中消息的父消息。</translation>
    </message>
    <message>
        <source>cannot save the message</source>
        <translation>无法保存消息</translation>
    </message>
    <message>
        <source>cannot save message %1</source>
        <translation>无法保存消息 %1</translation>
    </message>
    <message>
        <source>cannot read the replies to message %1</source>
        <translation>无法读取消息 %1 的回复</translation>
    </message>
    <message>
        <source>cannot read the attachments of message %1</source>
        <translation>无法读取消息 %1 的附件</translation>
    </message>
    <message>
        <source>cannot delete message %1</source>
        <translation>无法删除消息 %1</translation>
    </message>
    <message>
        <source>Message %1 is not part of conversation %2.</source>
        <translation>消息 %1 不属于对话 %2。</translation>
    </message>
    <message>
        <source>cannot switch the branch of conversation %1</source>
        <translation>无法切换对话 %1 的分支</translation>
    </message>
    <message>
        <source>Message %1 of %2: its id %3 is not positive or not unique.</source>
        <translation>第 %1 条消息（共 %2 条）: 其 ID %3 不是正数或不唯一。</translation>
    </message>
    <message>
        <source>Message %1 (id %2): its parent %3 is not an earlier message of the conversation.</source>
        <translation>消息 %1（ID %2）: 其父消息 %3 不是对话中更早的消息。</translation>
    </message>
    <message>
        <source>Message %1 (id %2): the role must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;; got &quot;%3&quot;.</source>
        <translation>消息 %1（ID %2）: 角色必须是 &quot;user&quot;、&quot;assistant&quot; 或 &quot;system&quot;；当前值为 &quot;%3&quot;。</translation>
    </message>
    <message>
        <source>Message %1 (id %2): the image %3 is not in the image store.</source>
        <translation>消息 %1（ID %2）: 图像 %3 不在图像存储中。</translation>
    </message>
    <message>
        <source>The current message %1 is not one of the conversation&apos;s messages.</source>
        <translation>当前消息 %1 不是该对话中的消息。</translation>
    </message>
    <message>
        <source>cannot save a message</source>
        <translation>无法保存消息</translation>
    </message>
    <message>
        <source>cannot save the messages</source>
        <translation>无法保存这些消息</translation>
    </message>
    <message>
        <source>cannot pin conversation %1</source>
        <translation>无法置顶对话 %1</translation>
    </message>
</context>
<context>
    <name>mdi::HttpConnection</name>
    <message numerus="yes">
        <source>The request body (%n byte(s)) did not arrive in time.</source>
        <translation>
            <numerusform>请求正文（%n 字节）未能及时到达。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 s.</source>
        <translation>请求头未在 %1 秒内到达。</translation>
    </message>
</context>
<context>
    <name>mdi::HttpRequestParser</name>
    <message>
        <source>The request line and header fields exceed %1 bytes.</source>
        <translation>请求行和标头字段超过了 %1 字节。</translation>
    </message>
    <message>
        <source>The request line is malformed; expected &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation>请求行格式错误；应为 &quot;METHOD /path HTTP/1.1&quot;。</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>仅支持 HTTP/1.0 和 HTTP/1.1。</translation>
    </message>
    <message>
        <source>The request target must be a path starting with &apos;/&apos;.</source>
        <translation>请求目标必须是以 &apos;/&apos; 开头的路径。</translation>
    </message>
    <message>
        <source>The request target contains characters that must be percent-encoded.</source>
        <translation>请求目标包含必须进行百分号编码的字符。</translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation>不接受折叠的标头行。</translation>
    </message>
    <message>
        <source>A header line is malformed; expected &quot;Name: value&quot;.</source>
        <translation>标头行格式错误；应为 &quot;Name: value&quot;。</translation>
    </message>
    <message>
        <source>A header value contains control characters.</source>
        <translation>标头值包含控制字符。</translation>
    </message>
    <message>
        <source>The request has more than %1 header fields.</source>
        <translation>请求的标头字段超过 %1 个。</translation>
    </message>
    <message>
        <source>HTTP/1.1 requests must have a Host header.</source>
        <translation>HTTP/1.1 请求必须包含 Host 标头。</translation>
    </message>
    <message>
        <source>Request bodies must be sent with a Content-Length; chunked transfer coding is not supported.</source>
        <translation>请求正文必须带有 Content-Length 发送；不支持分块传输编码。</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>Content-Length 标头不是数字。</translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length values.</source>
        <translation>请求中的 Content-Length 值相互冲突。</translation>
    </message>
    <message>
        <source>A %1 request needs a Content-Length header.</source>
        <translation>%1 请求需要 Content-Length 标头。</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; at most %2 are accepted.</source>
        <translation>请求正文为 %1 字节；最多接受 %2 字节。</translation>
    </message>
    <message>
        <source>Only &quot;Expect: 100-continue&quot; is supported.</source>
        <translation>仅支持 &quot;Expect: 100-continue&quot;。</translation>
    </message>
</context>
<context>
    <name>mdi::HttpServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听: %3</translation>
    </message>
    <message>
        <source>The server has too many open connections; try again later.</source>
        <translation>服务器打开的连接过多，请稍后重试。</translation>
    </message>
    <message>
        <source>The server has too many open connections from %1; try again later.</source>
        <translation>服务器来自 %1 的打开连接过多，请稍后重试。</translation>
    </message>
</context>
<context>
    <name>mdi::HubFileList</name>
    <message>
        <source>%1: the answer is not a JSON object (%2)</source>
        <translation>%1: 响应不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>%1: &quot;sha&quot; is not a commit hash</source>
        <translation>%1: &quot;sha&quot; 不是提交哈希</translation>
    </message>
    <message>
        <source>%1: &quot;siblings&quot; (the file list) is missing</source>
        <translation>%1: 缺少 &quot;siblings&quot;（文件列表）</translation>
    </message>
    <message>
        <source>%1: unsafe file name &quot;%2&quot;</source>
        <translation>%1: 不安全的文件名 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 has no valid LFS sha256</source>
        <translation>%1: %2 没有有效的 LFS sha256</translation>
    </message>
    <message>
        <source>%1: %2 has no blob id (ask with ?blobs=true)</source>
        <translation>%1: %2 没有 blob ID（请使用 ?blobs=true 查询）</translation>
    </message>
    <message>
        <source>%1: %2 has no size</source>
        <translation>%1: %2 没有大小信息</translation>
    </message>
</context>
<context>
    <name>mdi::ImageDecoder</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: 找不到文件（%2）</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1: 是文件夹，而不是图像文件</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; image files over %3 MB are not accepted</source>
        <translation>%1: 文件大小为 %2 MB；不接受超过 %3 MB 的图像文件</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 无法读取: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes), not an image</source>
        <translation>%1: 文件为空（0 字节），不是图像</translation>
    </message>
    <message>
        <source>%1: the image data is %2 MB; images over %3 MB are not accepted</source>
        <translation>%1: 图像数据为 %2 MB；不接受超过 %3 MB 的图像</translation>
    </message>
    <message>
        <source>%1: not an image, or in a format that cannot be read (readable: %2)</source>
        <translation>%1: 不是图像，或格式无法读取（可读取的格式: %2）</translation>
    </message>
    <message>
        <source>%1: the image declares an empty size (%2 x %3 pixels)</source>
        <translation>%1: 图像声明的尺寸为空（%2 x %3 像素）</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels (%4 megapixels); at most %5 megapixels are accepted</source>
        <translation>%1: 图像为 %2 x %3 像素（%4 百万像素）；最多接受 %5 百万像素</translation>
    </message>
    <message>
        <source>%1: the JPEG data ends early (the file is truncated or damaged)</source>
        <translation>%1: JPEG 数据提前结束（文件被截断或已损坏）</translation>
    </message>
    <message>
        <source>the data is too short to hold an image</source>
        <translation>数据太短，无法包含图像</translation>
    </message>
    <message>
        <source>%1: cannot decode the image (%2); the file may be truncated or damaged</source>
        <translation>%1: 无法解码图像（%2）；文件可能被截断或已损坏</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels; at most %4 megapixels are accepted</source>
        <translation>%1: 图像为 %2 x %3 像素；最多接受 %4 百万像素</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device, pipe or socket)</source>
        <translation>%1: 不是普通文件（设备、管道或套接字）</translation>
    </message>
</context>
<context>
    <name>mdi::ImagePreprocessor</name>
    <message>
        <source>the image has no pixels (%1 x %2)</source>
        <translation>图像没有像素（%1 x %2）</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels; its aspect ratio %3:1 is above the limit of %4:1</source>
        <translation>图像为 %1 x %2 像素；其宽高比 %3:1 超过了上限 %4:1</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels, too large to resize</source>
        <translation>图像为 %1 x %2 像素，太大，无法缩放</translation>
    </message>
    <message>
        <source>image from a data: URL</source>
        <translation>来自 data: URL 的图像</translation>
    </message>
    <message>
        <source>not a data: URL (it must start with &quot;data:&quot;)</source>
        <translation>不是 data: URL（必须以 &quot;data:&quot; 开头）</translation>
    </message>
    <message>
        <source>malformed data: URL: no comma before the data</source>
        <translation>格式错误的 data: URL: 数据前没有逗号</translation>
    </message>
    <message>
        <source>only base64-encoded data: URLs are supported</source>
        <translation>仅支持 base64 编码的 data: URL</translation>
    </message>
    <message>
        <source>the data: URL holds &quot;%1&quot;, not an image</source>
        <translation>data: URL 包含的是 &quot;%1&quot;，而不是图像</translation>
    </message>
    <message>
        <source>the data: URL holds over %1 MB; larger images are not accepted</source>
        <translation>data: URL 包含的数据超过 %1 MB；不接受更大的图像</translation>
    </message>
    <message>
        <source>malformed data: URL: the base64 data is invalid</source>
        <translation>格式错误的 data: URL: base64 数据无效</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>图像为空</translation>
    </message>
</context>
<context>
    <name>mdi::ImageStore</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: 找不到文件（%2）</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1: 是文件夹，而不是图像文件</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; image files over %3 MB are not accepted</source>
        <translation>%1: 文件大小为 %2 MB；不接受超过 %3 MB 的图像文件</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 无法读取: %2</translation>
    </message>
    <message>
        <source>%1: images in %2 format are not accepted (accepted: PNG, JPEG, GIF, WebP, BMP, TIFF)</source>
        <translation>%1: 不接受 %2 格式的图像（接受: PNG、JPEG、GIF、WebP、BMP、TIFF）</translation>
    </message>
    <message>
        <source>%1: the image format is not recognised</source>
        <translation>%1: 无法识别图像格式</translation>
    </message>
    <message>
        <source>%1: cannot create the image folder %2</source>
        <translation>%1: 无法创建图像文件夹 %2</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: 无法写入 %2: %3</translation>
    </message>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1: 图像为空</translation>
    </message>
    <message>
        <source>%1: cannot encode the image as PNG: %2</source>
        <translation>%1: 无法将图像编码为 PNG: %2</translation>
    </message>
</context>
<context>
    <name>mdi::ImageThumbnail</name>
    <message>
        <source>Missing image</source>
        <translation>图像缺失</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>%1 (%2): click to open at full size</source>
        <translation>%1（%2）: 单击以原始大小打开</translation>
    </message>
    <message>
        <source>Image %1, %2</source>
        <translation>图像 %1，%2</translation>
    </message>
    <message>
        <source>Opens the image at full size</source>
        <translation>以原始大小打开图像</translation>
    </message>
</context>
<context>
    <name>mdi::ImageViewerDialog</name>
    <message>
        <source>%1 (%2 × %3 pixels)</source>
        <translation>%1（%2 × %3 像素）</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>图像 %1</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>无法显示图像: %1</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Switch between actual size and fit to window</source>
        <translation>在实际大小和适应窗口之间切换</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
</context>
<context>
    <name>mdi::InspectCommand</name>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>%1 (model_type %2)</source>
        <translation>%1（model_type %2）</translation>
    </message>
    <message>
        <source>Text model</source>
        <translation>文本模型</translation>
    </message>
    <message>
        <source>%1 layers, hidden %2, %3 attention heads / %4 key-value heads (head dim %5), MLP %6, vocabulary %7</source>
        <translation>%1 层，隐藏维度 %2，%3 个注意力头 / %4 个键值头（头维度 %5），MLP %6，词表 %7</translation>
    </message>
    <message>
        <source>Vision tower</source>
        <translation>视觉塔</translation>
    </message>
    <message>
        <source>%1 blocks, embed %2, %3 heads (head dim %4), MLP %5, patch %6 (temporal %7), merge %8x%8 -&gt; %9</source>
        <translation>%1 个块，嵌入 %2，%3 个头（头维度 %4），MLP %5，图块 %6（时间维度 %7），合并 %8x%8 -&gt; %9</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>解码器</translation>
    </message>
    <message>
        <source>final norm</source>
        <translation>最终归一化</translation>
    </message>
    <message>
        <source>head</source>
        <translation>输出头</translation>
    </message>
    <message>
        <source>tied to the embedding (no lm_head.weight)</source>
        <translation>与嵌入绑定（无 lm_head.weight）</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>磁盘占用</translation>
    </message>
    <message>
        <source>as bf16</source>
        <translation>以 bf16 计</translation>
    </message>
    <message>
        <source>as f32</source>
        <translation>以 f32 计</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>FAILED: not a usable Qwen2-VL checkpoint</source>
        <translation>失败: 不是可用的 Qwen2-VL 检查点</translation>
    </message>
    <message>
        <source>Describes a Qwen2-VL checkpoint folder and checks that its weights match its configuration.</source>
        <translation>描述 Qwen2-VL 检查点文件夹，并检查其权重是否与配置一致。</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Prints the report as JSON.</source>
        <translation>以 JSON 格式输出报告。</translation>
    </message>
    <message>
        <source>The checkpoint folder: config.json, preprocessor_config.json and model.safetensors or shards with model.safetensors.index.json.</source>
        <translation>检查点文件夹: config.json、preprocessor_config.json，以及 model.safetensors 或带有 model.safetensors.index.json 的分片。</translation>
    </message>
    <message>
        <source>%1: expects exactly one checkpoint folder; see --help</source>
        <translation>%1: 需要且只需要一个检查点文件夹；请参见 --help</translation>
    </message>
    <message>
        <source>%1: %2 is not a usable Qwen2-VL checkpoint</source>
        <translation>%1: %2 不是可用的 Qwen2-VL 检查点</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 字节（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n 层</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1，共 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes, %n tensor(s)</source>
        <translation>
            <numerusform>%1 字节，%n 个张量</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK: %n tensor(s) match config.json</source>
        <translation>
            <numerusform>OK: %n 个张量与 config.json 匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::JsonSchema</name>
    <message>
        <source>%1: the schema must describe an object ({&quot;type&quot;: &quot;object&quot;, ...}), as OpenAI requires</source>
        <translation>%1：按 OpenAI 的要求，模式必须描述一个对象（{&quot;type&quot;: &quot;object&quot;, ...}）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not supported; the supported subset of JSON Schema is type (object, array, string, number, integer, boolean, null), properties, required, additionalProperties, items, enum, const, minimum, maximum, exclusiveMinimum and exclusiveMaximum</source>
        <translation>%1：不支持“%2”；支持的 JSON Schema 子集为 type（object、array、string、number、integer、boolean、null）、properties、required、additionalProperties、items、enum、const、minimum、maximum、exclusiveMinimum 和 exclusiveMaximum</translation>
    </message>
    <message>
        <source>%1: the schema has more than %2 parts</source>
        <translation>%1：模式的部分超过 %2 个</translation>
    </message>
    <message>
        <source>%1: type &apos;%2&apos; is not a JSON Schema type (object, array, string, number, integer, boolean, null)</source>
        <translation>%1：类型“%2”不是 JSON Schema 类型（object、array、string、number、integer、boolean、null）</translation>
    </message>
    <message>
        <source>%1: &apos;type&apos; names no type</source>
        <translation>%1：“type”没有给出任何类型</translation>
    </message>
    <message>
        <source>%1: &apos;type&apos; must be a string or a list of strings</source>
        <translation>%1：“type”必须是字符串或字符串列表</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a number</source>
        <translation>%1：“%2”必须是数字</translation>
    </message>
    <message>
        <source>%1: no integer lies within &apos;minimum&apos; and &apos;maximum&apos;</source>
        <translation>%1：“minimum”与“maximum”之间没有整数</translation>
    </message>
    <message>
        <source>%1: &apos;enum&apos; must be a list of values</source>
        <translation>%1：“enum”必须是值的列表</translation>
    </message>
    <message>
        <source>%1: enum and const values must be strings, numbers, booleans or null</source>
        <translation>%1：enum 和 const 的值必须是字符串、数字、布尔值或 null</translation>
    </message>
    <message>
        <source>%1: no value of &apos;enum&apos;/&apos;const&apos; is allowed by the schema</source>
        <translation>%1：模式不允许“enum”/“const”中的任何值</translation>
    </message>
    <message>
        <source>%1: the schema has no &apos;type&apos; (every part of the schema needs a type, an enum or a const)</source>
        <translation>%1：模式没有“type”（模式的每个部分都需要 type、enum 或 const）</translation>
    </message>
    <message>
        <source>%1: objects and arrays are nested more than %2 deep</source>
        <translation>%1：对象和数组嵌套超过 %2 层</translation>
    </message>
    <message>
        <source>%1: &apos;properties&apos; must be an object</source>
        <translation>%1：“properties”必须是对象</translation>
    </message>
    <message>
        <source>%1: the object has %2 properties; at most %3 are supported</source>
        <translation>%1：该对象有 %2 个属性；最多支持 %3 个</translation>
    </message>
    <message>
        <source>%1: &apos;additionalProperties&apos; must be a boolean or a schema</source>
        <translation>%1：“additionalProperties”必须是布尔值或模式</translation>
    </message>
    <message>
        <source>%1.properties.%2 must be a schema (an object)</source>
        <translation>%1.properties.%2 必须是模式（一个对象）</translation>
    </message>
    <message>
        <source>%1: the property name &apos;%2...&apos; is longer than 255 bytes</source>
        <translation>%1：属性名“%2...”超过 255 字节</translation>
    </message>
    <message>
        <source>%1: &apos;required&apos; must be a list of property names</source>
        <translation>%1：“required”必须是属性名列表</translation>
    </message>
    <message>
        <source>%1: &apos;required&apos; names &apos;%2&apos;, which is not in &apos;properties&apos;</source>
        <translation>%1：“required”列出了“%2”，但它不在“properties”中</translation>
    </message>
    <message>
        <source>%1: an array needs &apos;items&apos;, one schema for every item</source>
        <translation>%1：数组需要“items”，即每个元素的模式</translation>
    </message>
</context>
<context>
    <name>mdi::LoadProgress</name>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>layers %1–%2</source>
        <translation>第 %1–%2 层</translation>
    </message>
    <message>
        <source>Reading the model…</source>
        <translation>正在读取模型…</translation>
    </message>
    <message>
        <source>Checking %1 for %2: %3 / %4 MB</source>
        <translation>正在为 %2 校验 %1: %3 / %4 MB</translation>
    </message>
    <message>
        <source>Asking %1 which weights of %2 it needs…</source>
        <translation>正在询问 %1 需要 %2 的哪些权重…</translation>
    </message>
    <message>
        <source>Sending %1 to %2: %3 / %4 MB</source>
        <translation>正在将 %1 发送到 %2: %3 / %4 MB</translation>
    </message>
    <message>
        <source>%1 already has the weights of %2</source>
        <translation>%1 已有 %2 的权重</translation>
    </message>
    <message>
        <source>%1 is loading %2…</source>
        <translation>%1 正在加载 %2…</translation>
    </message>
    <message>
        <source>Loading %1 on this computer (stage %2 of %3)…</source>
        <translation>正在本机上加载 %1（阶段 %2/%3）…</translation>
    </message>
</context>
<context>
    <name>mdi::LoadStageMessage</name>
    <message>
        <source>[%1, %2) is not a layer range</source>
        <translation>[%1, %2) 不是层范围</translation>
    </message>
    <message>
        <source>must be between 1 and %1, not %2</source>
        <translation>必须介于 1 和 %1 之间，当前为 %2</translation>
    </message>
    <message>
        <source>has a negative dimension</source>
        <translation>包含负的维度</translation>
    </message>
    <message>
        <source>is out of range: %1</source>
        <translation>超出范围: %1</translation>
    </message>
</context>
<context>
    <name>mdi::LoadStageReplyMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>超出范围: %1</translation>
    </message>
</context>
<context>
    <name>mdi::MainWindow</name>
    <message>
        <source>MDI Chat</source>
        <translation>MDI Chat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>已用上下文</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>新对话(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import Conversation…</source>
        <translation>导入对话(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>模型(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Attach Images…</source>
        <translation>附加图像(&amp;A)…</translation>
    </message>
    <message>
        <source>Go to &amp;Message</source>
        <translation>转到消息(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;top Generating</source>
        <translation>停止生成(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Regenerate Last Answer</source>
        <translation>重新生成上一个回答(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MDI Chat</source>
        <translation>关于 MDI Chat(&amp;A)</translation>
    </message>
    <message>
        <source>About MDI Chat</source>
        <translation>关于 MDI Chat</translation>
    </message>
    <message>
        <source>&lt;b&gt;MDI Chat %1&lt;/b&gt;&lt;p&gt;Local multimodal chat with Qwen2-VL, distributed over the machines on your network.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MDI Chat %1&lt;/b&gt;&lt;p&gt;基于 Qwen2-VL 的本地多模态聊天，可分布到你网络中的多台机器上运行。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Released under the %1 License.</source>
        <translation>根据 %1 许可证发布。</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>Context %1 / %2</source>
        <translation>上下文 %1 / %2</translation>
    </message>
    <message>
        <source>Tokens of the model&apos;s context this conversation uses</source>
        <translation>此对话使用的模型上下文 token 数</translation>
    </message>
    <message>
        <source>The answer failed: %1</source>
        <translation>回答失败: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Layers %1 on this computer</source>
        <translation>第 %1 层在本机上</translation>
    </message>
    <message>
        <source>Delete Conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with all its messages and images? This cannot be undone.</source>
        <translation>要删除“%1”及其所有消息和图像吗？此操作无法撤消。</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>导出为 JSON</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>导出为 Markdown</translation>
    </message>
    <message>
        <source>MDI Chat conversation (*.json)</source>
        <translation>MDI Chat 对话 (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>MDI Chat conversation (*.json);;All files (*)</source>
        <translation>MDI Chat 对话 (*.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>Which host runs which decoder layers (View &gt; Peers)</source>
        <translation>哪台主机运行哪些解码器层（视图 &gt; 对等节点）</translation>
    </message>
    <message numerus="yes">
        <source>Layers %1 in %n local stage(s)</source>
        <translation>
            <numerusform>第 %1 层，分布在 %n 个本地阶段</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>加载进度</translation>
    </message>
    <message>
        <source>%1
%2 of weights, loaded in %3 s
%4</source>
        <translation>%1
权重 %2，加载用时 %3 秒
%4</translation>
    </message>
    <message>
        <source>Your message and what followed it were deleted.</source>
        <translation>已删除您的消息及其后的内容。</translation>
    </message>
    <message>
        <source>The answer was deleted, with anything that followed it.</source>
        <translation>已删除该回答及其后的所有内容。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>Bring the deleted messages back (for %n second(s))</source>
        <translation>
            <numerusform>恢复已删除的消息（%n 秒内）</numerusform>
        </translation>
    </message>
    <message>
        <source>Local API on port %1</source>
        <translation>本地 API，端口 %1</translation>
    </message>
    <message>
        <source>OpenAI-compatible API at %1/v1 for programs on this computer</source>
        <translation>供本机程序使用的 OpenAI 兼容 API：%1/v1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>mdi::MakeRandomCommand</name>
    <message>
        <source>Writes a Qwen2-VL checkpoint folder with random weights of a real model&apos;s shapes, for benchmarks and tests. Values: Linear weights ~ N(0, 1/fan_in), embedding and biases ~ N(0, 0.02^2), norm weights ~ 1 + N(0, 0.1^2); the same seed gives the same bytes.</source>
        <translation>写入一个 Qwen2-VL 检查点文件夹，其中包含具有真实模型形状的随机权重，用于基准测试和测试。取值: Linear 权重 ~ N(0, 1/fan_in)，嵌入和偏置 ~ N(0, 0.02^2)，归一化权重 ~ 1 + N(0, 0.1^2)；相同的种子生成相同的字节。</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>2b or 7b (the released Instruct models), tiny (the configuration of the --tokenizer-from checkpoint), or the path of a config.json.</source>
        <translation>2b 或 7b（已发布的 Instruct 模型）、tiny（--tokenizer-from 检查点的配置），或 config.json 的路径。</translation>
    </message>
    <message>
        <source>The folder to write (new or empty).</source>
        <translation>要写入的文件夹（新建的或空的）。</translation>
    </message>
    <message>
        <source>Storage dtype: bf16 (default) or f32.</source>
        <translation>存储 dtype: bf16（默认）或 f32。</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>随机种子（默认为 0）。</translation>
    </message>
    <message>
        <source>A Qwen2-VL checkpoint or tokenizer folder whose tokenizer files are copied (tokenizer.json, tokenizer_config.json, vocab.json, merges.txt, chat_template.json). Required unless --shape names a config.json with tokenizer files beside it.</source>
        <translation>一个 Qwen2-VL 检查点或分词器文件夹，将从中复制分词器文件（tokenizer.json、tokenizer_config.json、vocab.json、merges.txt、chat_template.json）。除非 --shape 指定的 config.json 旁边有分词器文件，否则为必需。</translation>
    </message>
    <message>
        <source>Overrides the number of decoder layers (quick tests of a big shape).</source>
        <translation>覆盖解码器层数（用于快速测试大型形状）。</translation>
    </message>
    <message>
        <source>Largest weight file, as transformers counts it: 2GB (default), 500MB, 1GiB or bytes. A checkpoint that fits in one is written as model.safetensors.</source>
        <translation>最大的权重文件大小，按 transformers 的计算方式: 2GB（默认）、500MB、1GiB 或字节数。可以放入单个文件的检查点将写为 model.safetensors。</translation>
    </message>
    <message>
        <source>Write into a folder that is not empty, replacing a checkpoint there.</source>
        <translation>写入非空文件夹，替换其中的检查点。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation>意外的参数 &apos;%1&apos;；请参见 --help</translation>
    </message>
    <message>
        <source>--shape and --out are required; see --help</source>
        <translation>必须指定 --shape 和 --out；请参见 --help</translation>
    </message>
    <message>
        <source>--dtype must be bf16 or f32, not &apos;%1&apos;</source>
        <translation>--dtype 必须为 bf16 或 f32，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer, not &apos;%1&apos;</source>
        <translation>--seed 需要一个非负整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-shard-size needs a size such as 2GB, 500MB or 1000000, not &apos;%1&apos;</source>
        <translation>--max-shard-size 需要一个大小，例如 2GB、500MB 或 1000000，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--tokenizer-from %1: no tokenizer.json there</source>
        <translation>--tokenizer-from %1: 该处没有 tokenizer.json</translation>
    </message>
    <message>
        <source>--shape %1 needs --tokenizer-from DIR: a folder with the Qwen2-VL tokenizer files (tokenizer.json, tokenizer_config.json, ...), such as a downloaded Qwen2-VL checkpoint</source>
        <translation>--shape %1 需要 --tokenizer-from DIR: 一个包含 Qwen2-VL 分词器文件（tokenizer.json、tokenizer_config.json、...）的文件夹，例如已下载的 Qwen2-VL 检查点</translation>
    </message>
    <message>
        <source>--shape tiny takes the configuration and tokenizer of the checkpoint given with --tokenizer-from DIR (the test fixture&apos;s qwen2vl-tiny/checkpoint)</source>
        <translation>--shape tiny 使用通过 --tokenizer-from DIR 指定的检查点（测试夹具中的 qwen2vl-tiny/checkpoint）的配置和分词器</translation>
    </message>
    <message>
        <source>%1 has no tokenizer files beside it; give --tokenizer-from DIR (a folder with the Qwen2-VL tokenizer.json)</source>
        <translation>%1 旁边没有分词器文件；请指定 --tokenizer-from DIR（包含 Qwen2-VL tokenizer.json 的文件夹）</translation>
    </message>
    <message>
        <source>--shape must be 2b, 7b, tiny or the path of a config.json, not &apos;%1&apos;</source>
        <translation>--shape 必须为 2b、7b、tiny 或 config.json 的路径，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--layers needs a positive number, not &apos;%1&apos;</source>
        <translation>--layers 需要一个正数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>writing %1 (%2 of %3 MB written)</source>
        <translation>正在写入 %1（已写入 %2 / %3 MB）</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 tensors, %3 parameters, %4 bytes of %5 weights in %n file(s), seed %6, in %7 s (%8 MB/s)</source>
        <translation>
            <numerusform>已写入 %1: %2 个张量，%3 个参数，%4 字节 %5 权重，共 %n 个文件，种子 %6，用时 %7 秒（%8 MB/s）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::MarkdownView</name>
    <message>
        <source>Answer text</source>
        <translation>回答文本</translation>
    </message>
</context>
<context>
    <name>mdi::MessageWidget</name>
    <message>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Previous version of this question</source>
        <translation>此问题的上一个版本</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>上一个回答</translation>
    </message>
    <message>
        <source>Show the previous version of this question</source>
        <translation>显示此问题的上一个版本</translation>
    </message>
    <message>
        <source>Show the previous answer</source>
        <translation>显示上一个回答</translation>
    </message>
    <message>
        <source>Next version of this question</source>
        <translation>此问题的下一个版本</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>下一个回答</translation>
    </message>
    <message>
        <source>Show the next version of this question</source>
        <translation>显示此问题的下一个版本</translation>
    </message>
    <message>
        <source>Show the next answer</source>
        <translation>显示下一个回答</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>复制你的消息</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>复制回答</translation>
    </message>
    <message>
        <source>Edit and resend (the current version stays in the history)</source>
        <translation>编辑并重新发送（当前版本会保留在历史记录中）</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>编辑并重新发送</translation>
    </message>
    <message>
        <source>Write another answer (this one stays available)</source>
        <translation>重新写一个回答（当前回答仍可查看）</translation>
    </message>
    <message>
        <source>Regenerate the answer</source>
        <translation>重新生成回答</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>删除此消息及其之后的内容</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>删除消息</translation>
    </message>
    <message>
        <source>Your message text</source>
        <translation>你的消息文本</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source> · %1 tokens/s</source>
        <translation> · %1 token/秒</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stopped · %1</source>
        <translation>已停止 · %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败: %1</translation>
    </message>
    <message>
        <source>Message state</source>
        <translation>消息状态</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>第 %1 个版本，共 %2 个</translation>
    </message>
    <message>
        <source>Edited message</source>
        <translation>编辑中的消息</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the edited message</source>
        <translation>发送编辑后的消息</translation>
    </message>
    <message>
        <source>Send as a new version (Enter); the current one stays in the history</source>
        <translation>作为新版本发送（Enter）；当前版本会保留在历史记录中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>取消编辑</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个 token</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue writing this answer where it stopped</source>
        <translation>从停止处继续写这个回答</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>继续回答</translation>
    </message>
    <message>
        <source>Start a new conversation with the messages up to this one</source>
        <translation>用截至此条的消息开始新对话</translation>
    </message>
    <message>
        <source>Fork the conversation here</source>
        <translation>从这里分支对话</translation>
    </message>
</context>
<context>
    <name>mdi::ModelConfig</name>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: 不是文件夹</translation>
    </message>
    <message>
        <source>%1: field &apos;model_type&apos; is &apos;%2&apos;; MDI Chat runs Qwen2-VL (&apos;qwen2_vl&apos;) checkpoints</source>
        <translation>%1: 字段 &apos;model_type&apos; 为 &apos;%2&apos;；MDI Chat 运行的是 Qwen2-VL（&apos;qwen2_vl&apos;）检查点</translation>
    </message>
    <message>
        <source>%1: special token id %2 lies outside the vocabulary (%3)</source>
        <translation>%1: 特殊 token ID %2 超出了词表范围（%3）</translation>
    </message>
    <message>
        <source>%1: field &apos;vision_config&apos; is missing</source>
        <translation>%1: 缺少字段 &apos;vision_config&apos;</translation>
    </message>
    <message>
        <source>is missing (Qwen2-VL needs mrope_section)</source>
        <translation>缺失（Qwen2-VL 需要 mrope_section）</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, expected &apos;mrope&apos;</source>
        <translation>为 &apos;%1&apos;，应为 &apos;mrope&apos;</translation>
    </message>
    <message>
        <source>must have three entries (t, h, w), has %1</source>
        <translation>必须包含三个条目（t, h, w），实际有 %1 个</translation>
    </message>
    <message>
        <source>entries must be positive</source>
        <translation>的条目必须为正数</translation>
    </message>
    <message>
        <source>must be positive, is %1</source>
        <translation>必须为正数，当前为 %1</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_attention_heads (%2)</source>
        <translation>（%1）不能被 num_attention_heads（%2）整除</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_key_value_heads (%2)</source>
        <translation>（%1）不能被 num_key_value_heads（%2）整除</translation>
    </message>
    <message>
        <source>sums to %1 but head_dim / 2 is %2 (head_dim = hidden_size / num_attention_heads = %3)</source>
        <translation>之和为 %1，但 head_dim / 2 为 %2（head_dim = hidden_size / num_attention_heads = %3）</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; Qwen2-VL uses &apos;silu&apos;</source>
        <translation>为 &apos;%1&apos;；Qwen2-VL 使用 &apos;silu&apos;</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>必须为正数</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_heads (%2)</source>
        <translation>（%1）不能被 num_heads（%2）整除</translation>
    </message>
    <message>
        <source>gives a head size of %1; the 2-D rotary needs a multiple of 4</source>
        <translation>得到的头大小为 %1；二维旋转位置编码需要 4 的倍数</translation>
    </message>
    <message>
        <source>(%1, the merger output) differs from the text hidden_size (%2)</source>
        <translation>（%1，合并器的输出）与文本的 hidden_size（%2）不同</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; Qwen2-VL&apos;s vision tower uses &apos;quick_gelu&apos;</source>
        <translation>为 &apos;%1&apos;；Qwen2-VL 的视觉塔使用 &apos;quick_gelu&apos;</translation>
    </message>
    <message>
        <source>must have 3 entries</source>
        <translation>必须包含 3 个条目</translation>
    </message>
    <message>
        <source>must be at least min_pixels (%1), is %2</source>
        <translation>必须至少为 min_pixels（%1），当前为 %2</translation>
    </message>
    <message>
        <source>(%1) differs from the vision config (%2)</source>
        <translation>（%1）与视觉配置（%2）不同</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be in (0, 1]</source>
        <translation>必须在 (0, 1] 范围内</translation>
    </message>
    <message>
        <source>must be in [0, 1]</source>
        <translation>必须在 [0, 1] 范围内</translation>
    </message>
    <message>
        <source>must not be negative, is %1</source>
        <translation>不能为负数，当前为 %1</translation>
    </message>
    <message>
        <source>must be at least %1, is %2</source>
        <translation>必须至少为 %1，当前为 %2</translation>
    </message>
    <message>
        <source>is %1, more than the %2 this program accepts</source>
        <translation>为 %1，超过了此程序接受的 %2</translation>
    </message>
    <message>
        <source>is %1, must be more than %2 and at most %3</source>
        <translation>为 %1，必须大于 %2 且不超过 %3</translation>
    </message>
    <message>
        <source>has the entry %1, more than the %2 this program accepts</source>
        <translation>包含条目 %1，超过了此程序接受的 %2</translation>
    </message>
    <message>
        <source>(%1) makes an MLP wider than the %2 this program accepts</source>
        <translation>（%1）使 MLP 的宽度超过了此程序接受的 %2</translation>
    </message>
    <message>
        <source>entries must be finite numbers</source>
        <translation>的条目必须是有限数</translation>
    </message>
    <message>
        <source>lists %1 ids, more than the %2 this program accepts</source>
        <translation>列出了 %1 个 ID，超过了此程序接受的 %2 个</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限数</translation>
    </message>
</context>
<context>
    <name>mdi::ModelDownloader</name>
    <message>
        <source>Cannot download &quot;%1&quot; from &quot;%2&quot;: give a repository as organisation/name and an http(s) base URL</source>
        <translation>无法从 &quot;%2&quot; 下载 &quot;%1&quot;: 请以“组织/名称”的形式指定仓库，并指定 http(s) 基础 URL</translation>
    </message>
    <message>
        <source>%1: 401 Unauthorized. The repository needs a login: set HF_TOKEN to an access token.</source>
        <translation>%1: 401 Unauthorized。该仓库需要登录: 请将 HF_TOKEN 设置为访问令牌。</translation>
    </message>
    <message>
        <source>%1: 403 Forbidden. Accept the model&apos;s licence on its hub page, or check that the access token (HF_TOKEN) may read it.</source>
        <translation>%1: 403 Forbidden。请在模型的 Hub 页面上接受其许可协议，或检查访问令牌（HF_TOKEN）是否有读取权限。</translation>
    </message>
    <message>
        <source>%1: 404 Not Found. Check the repository name and revision.</source>
        <translation>%1: 404 Not Found。请检查仓库名称和修订版本。</translation>
    </message>
    <message>
        <source>%1: 416 Range Not Satisfiable.</source>
        <translation>%1: 416 Range Not Satisfiable。</translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3</source>
        <translation>%1: 服务器响应 %2 %3</translation>
    </message>
    <message>
        <source>%1: timed out: no data for %2 s. Run the download again to resume it.</source>
        <translation>%1: 超时: %2 秒内没有数据。请再次运行下载以继续。</translation>
    </message>
    <message>
        <source>%1: no network connection (%2)</source>
        <translation>%1: 无网络连接（%2）</translation>
    </message>
    <message>
        <source>%1: the TLS certificate could not be verified (%2)</source>
        <translation>%1: 无法验证 TLS 证书（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder (permissions?)</source>
        <translation>%1: 无法创建文件夹（权限不足？）</translation>
    </message>
    <message>
        <source>Not enough disk space in %1: the download needs %2, %3 are free.</source>
        <translation>%1 中的磁盘空间不足: 下载需要 %2，可用空间为 %3。</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: 无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: cannot read the partial download</source>
        <translation>%1: 无法读取部分下载的文件</translation>
    </message>
    <message>
        <source>%1: cannot write (%2; is the disk full?)</source>
        <translation>%1: 无法写入（%2；磁盘是否已满？）</translation>
    </message>
    <message>
        <source>%1: received %2 bytes, the hub lists %3</source>
        <translation>%1: 收到 %2 字节，但 Hub 列出的大小为 %3</translation>
    </message>
    <message>
        <source>%1: the file is corrupt: its %2 is %3, the hub publishes %4 (tried %5 times)</source>
        <translation>%1: 文件已损坏: 其 %2 为 %3，而 Hub 公布的是 %4（已尝试 %5 次）</translation>
    </message>
    <message>
        <source>%1: cannot move into place (%2)</source>
        <translation>%1: 无法移动到目标位置（%2）</translation>
    </message>
    <message>
        <source>%1: cannot create the link into blobs/</source>
        <translation>%1: 无法在 blobs/ 中创建链接</translation>
    </message>
</context>
<context>
    <name>mdi::ModelManagerDialog</name>
    <message>
        <source>Cancel Download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>添加文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Use This Model</source>
        <translation>使用此模型(&amp;U)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Models found</source>
        <translation>找到的模型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation>Dtype</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Download cancelled. Start it again to continue where it stopped.</source>
        <translation>下载已取消。再次开始下载即可从中断处继续。</translation>
    </message>
    <message>
        <source>&amp;Download %1 (%2)</source>
        <translation>下载 %1（%2）(&amp;D)</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>下载 %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Choose the model to chat with, add a folder that holds one, or download one.</source>
        <translation>请选择要对话的模型、添加包含模型的文件夹，或下载一个模型。</translation>
    </message>
    <message>
        <source>No Qwen2-VL model was found on this computer. MDI Chat needs one to answer: download %1 (%2) from %3, or choose a folder that holds a checkpoint (config.json and *.safetensors).</source>
        <translation>在此计算机上未找到 Qwen2-VL 模型。MDI Chat 需要模型才能回答: 请从 %3 下载 %1（%2），或选择包含检查点（config.json 和 *.safetensors）的文件夹。</translation>
    </message>
    <message>
        <source>Choose the Model Folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>Asking %1 for the files of %2…</source>
        <translation>正在向 %1 查询 %2 的文件…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>，%1/秒</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>，剩余约 %1 秒</translation>
    </message>
    <message>
        <source> — %1 (file %2 of %3)</source>
        <translation> — %1（第 %2 个文件，共 %3 个）</translation>
    </message>
    <message>
        <source>The download finished but the model cannot be used: %1</source>
        <translation>下载已完成，但模型无法使用: %1</translation>
    </message>
    <message>
        <source>Downloaded to %1.</source>
        <translation>已下载到 %1。</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>下载失败: %1</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>The model chat answers with (Settings &gt; Model folder)</source>
        <translation>聊天用来回答的模型（设置 &gt; 模型文件夹）</translation>
    </message>
    <message>
        <source>Needs about %1 of memory; this computer has %2.</source>
        <translation>需要约 %1 内存；这台计算机有 %2。</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>紧张</translation>
    </message>
    <message>
        <source>Close other programs, or choose 8-bit or 4-bit precision in Settings.</source>
        <translation>请关闭其他程序，或在设置中选择 8 位或 4 位精度。</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <source>Choose 4-bit precision in Settings, or put some layers on peers.</source>
        <translation>请在设置中选择 4 位精度，或将部分层放到对等节点上。</translation>
    </message>
</context>
<context>
    <name>mdi::ModelPrompt</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Find or Download a Model…</source>
        <translation>查找或下载模型…</translation>
    </message>
    <message>
        <source>Find or download a model</source>
        <translation>查找或下载模型</translation>
    </message>
    <message>
        <source>Choose a model to start</source>
        <translation>选择一个模型以开始</translation>
    </message>
    <message>
        <source>MDI Chat runs Qwen2-VL on this computer. Download Qwen2-VL-2B-Instruct (about 4.4 GB) with one click, or choose a folder that holds a model: config.json, the tokenizer files and the *.safetensors weights.</source>
        <translation>MDI Chat 在此计算机上运行 Qwen2-VL。一键下载 Qwen2-VL-2B-Instruct（约 4.4 GB），或选择包含模型的文件夹: config.json、分词器文件和 *.safetensors 权重。</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Reading %1. You can write your first message meanwhile.</source>
        <translation>正在读取 %1。你可以同时编写第一条消息。</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>无法加载模型</translation>
    </message>
</context>
<context>
    <name>mdi::ModelRegistry</name>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: 文件夹不存在</translation>
    </message>
</context>
<context>
    <name>mdi::ModelsCommand</name>
    <message>
        <source>Lists the Qwen2-VL checkpoints in the Hugging Face cache and in model folders.</source>
        <translation>列出 Hugging Face 缓存和模型文件夹中的 Qwen2-VL 检查点。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Also look at this checkpoint folder.</source>
        <translation>同时查看此检查点文件夹。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The hub cache to search (default: %1).</source>
        <translation>要搜索的 Hub 缓存（默认: %1）。</translation>
    </message>
    <message>
        <source>Hub cache: %1
</source>
        <translation>Hub 缓存: %1
</translation>
    </message>
    <message>
        <source>No Qwen2-VL checkpoint found. Download one with: mdi-run download Qwen/Qwen2-VL-2B-Instruct
</source>
        <translation>未找到 Qwen2-VL 检查点。可使用以下命令下载: mdi-run download Qwen/Qwen2-VL-2B-Instruct
</translation>
    </message>
    <message>
        <source>  folder:     %1
</source>
        <translation>  文件夹:   %1
</translation>
    </message>
    <message>
        <source>  size:       %1
</source>
        <translation>  大小:     %1
</translation>
    </message>
    <message>
        <source>  parameters: %1
</source>
        <translation>  参数量:   %1
</translation>
    </message>
    <message>
        <source>  dtype:      %1
</source>
        <translation>  dtype:    %1
</translation>
    </message>
    <message>
        <source>  status:     ready
</source>
        <translation>  状态:     就绪
</translation>
    </message>
    <message>
        <source>  status:     broken: %1
</source>
        <translation>  状态:     已损坏: %1
</translation>
    </message>
</context>
<context>
    <name>mdi::NodeIdentity</name>
    <message>
        <source>Cannot read the node identity file %1.</source>
        <translation>无法读取节点身份文件 %1。</translation>
    </message>
    <message>
        <source>The node identity file %1 is damaged.</source>
        <translation>节点身份文件 %1 已损坏。</translation>
    </message>
    <message>
        <source>The node id &apos;%1&apos; in %2 is not valid; remove the file to make a new identity.</source>
        <translation>%2 中的节点 ID &apos;%1&apos; 无效；删除该文件即可生成新的身份。</translation>
    </message>
    <message>
        <source>The pairing code in %1 is damaged: %2</source>
        <translation>%1 中的配对码已损坏: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the node identity file %1.</source>
        <translation>无法写入节点身份文件 %1。</translation>
    </message>
</context>
<context>
    <name>mdi::NodeService</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>已拒绝 %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2) connected</source>
        <translation>%1（%2）已连接</translation>
    </message>
    <message>
        <source>%1 disconnected: %2</source>
        <translation>%1 已断开连接: %2</translation>
    </message>
    <message>
        <source>%1 before Hello</source>
        <translation>在 Hello 之前收到了 %1</translation>
    </message>
    <message>
        <source>The coordinator speaks protocol version %1, this node %2.</source>
        <translation>协调器使用协议版本 %1，此节点使用版本 %2。</translation>
    </message>
    <message>
        <source>A node does not take %1 messages.</source>
        <translation>节点不接受 %1 消息。</translation>
    </message>
    <message>
        <source>This connection already has a stage.</source>
        <translation>此连接已有一个阶段。</translation>
    </message>
    <message>
        <source>The model&apos;s config.json does not parse: %1</source>
        <translation>无法解析模型的 config.json: %1</translation>
    </message>
    <message>
        <source>Layers %1-%2 are not a range of this model&apos;s %3 layers.</source>
        <translation>第 %1-%2 层不是此模型 %3 个层中的有效范围。</translation>
    </message>
    <message>
        <source>Unknown compute dtype &apos;%1&apos;.</source>
        <translation>未知的计算 dtype &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>%1 is not a tensor of these layers</source>
        <translation>%1 不是这些层的张量</translation>
    </message>
    <message>
        <source>%1 has the wrong shape</source>
        <translation>%1 的形状错误</translation>
    </message>
    <message>
        <source>%1 has the unsupported dtype %2</source>
        <translation>%1 的 dtype %2 不受支持</translation>
    </message>
    <message>
        <source>%1 has no SHA-256</source>
        <translation>%1 没有 SHA-256</translation>
    </message>
    <message>
        <source>%1 has the wrong byte size</source>
        <translation>%1 的字节大小错误</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 被列出了两次</translation>
    </message>
    <message>
        <source>%1 of the %2 tensors of these layers are missing</source>
        <translation>这些层的 %2 个张量中缺少 %1 个</translation>
    </message>
    <message>
        <source>The manifest of layers %1-%2 does not match the model: %3</source>
        <translation>第 %1-%2 层的清单与模型不匹配: %3</translation>
    </message>
    <message>
        <source>Layers %1-%2 need %3 MB in %4, more than the %5 MB this node offers.</source>
        <translation>第 %1-%2 层在 %4 上需要 %3 MB，超过了此节点提供的 %5 MB。</translation>
    </message>
    <message>
        <source>Layers %1-%2 need %3 MB in %4; this node offers %5 MB, and its other stages hold %6 MB.</source>
        <translation>第 %1-%2 层在 %4 上需要 %3 MB；此节点提供 %5 MB，其其他阶段已占用 %6 MB。</translation>
    </message>
    <message>
        <source>%1 asks for layers %2-%3 of %4 (%5 tensors, %6 bytes; %7 bytes cached)</source>
        <translation>%1 请求 %4 的第 %2-%3 层（%5 个张量，%6 字节；已缓存 %7 字节）</translation>
    </message>
    <message>
        <source>A weight chunk without a stage being loaded.</source>
        <translation>收到了权重块，但没有正在加载的阶段。</translation>
    </message>
    <message>
        <source>A weight chunk before the node said which tensors it holds.</source>
        <translation>在节点告知其持有哪些张量之前收到了权重块。</translation>
    </message>
    <message>
        <source>A weight chunk for tensor %1 of %2.</source>
        <translation>收到了张量 %1 的权重块，但总共只有 %2 个张量。</translation>
    </message>
    <message>
        <source>%1: tensor %2 did not match its SHA-256; discarded</source>
        <translation>%1: 张量 %2 与其 SHA-256 不匹配，已丢弃</translation>
    </message>
    <message>
        <source>%1: serving layers %2-%3 (%4 bytes of weights, built in %5 ms)</source>
        <translation>%1: 正在提供第 %2-%3 层（%4 字节权重，构建用时 %5 毫秒）</translation>
    </message>
    <message>
        <source>A Forward before the stage is ready.</source>
        <translation>在阶段就绪之前收到了 Forward。</translation>
    </message>
    <message>
        <source>A Forward without hidden states.</source>
        <translation>收到了不含隐藏状态的 Forward。</translation>
    </message>
    <message>
        <source>%1: layers %2-%3, %4</source>
        <translation>%1：第 %2-%3 层，%4</translation>
    </message>
    <message>
        <source>an unknown exception</source>
        <translation>未知异常</translation>
    </message>
    <message>
        <source>The node failed: %1</source>
        <translation>节点失败: %1</translation>
    </message>
    <message>
        <source>This computer has no compute device &apos;%1&apos; (it has: %2).</source>
        <translation>此计算机没有计算设备 &apos;%1&apos;（现有: %2）。</translation>
    </message>
    <message>
        <source>The node failed on a %1 message: %2</source>
        <translation>节点在处理 %1 消息时失败: %2</translation>
    </message>
    <message>
        <source>This node cannot compute on the device &apos;%1&apos; (it has: %2).</source>
        <translation>此节点无法在设备 &apos;%1&apos; 上计算（现有: %2）。</translation>
    </message>
    <message>
        <source>A KV cache chunk of %1 positions; this node takes 1 to %2.</source>
        <translation>KV 缓存块包含 %1 个位置；此节点接受 1 到 %2 个。</translation>
    </message>
    <message>
        <source>Checking LoadStage failed: %1</source>
        <translation>检查 LoadStage 失败: %1</translation>
    </message>
    <message>
        <source>layers %1-%2 in %3 (asked for %4)</source>
        <translation>%3 上的第 %1-%2 层（请求的是 %4）</translation>
    </message>
    <message>
        <source>Checking the weight cache failed: %1</source>
        <translation>检查权重缓存失败: %1</translation>
    </message>
    <message>
        <source>The stage&apos;s result could not be sent: %1</source>
        <translation>无法发送阶段的结果: %1</translation>
    </message>
    <message>
        <source>Session %1 was dropped from this node to make room (it keeps at most %2 sessions of one coordinator, and their KV caches within the %3 it offers); start it over from its first token.</source>
        <translation>为腾出空间，会话 %1 已从此节点中丢弃（此节点最多为一个协调器保留 %2 个会话，且其 KV 缓存不超过其提供的 %3）；请从第一个 token 重新开始该会话。</translation>
    </message>
    <message>
        <source>Session %1 was dropped from this node to make room (it keeps at most %2 sessions of one coordinator); start it over from its first token.</source>
        <translation>为腾出空间，会话 %1 已从此节点中丢弃（此节点最多为一个协调器保留 %2 个会话）；请从第一个 token 重新开始该会话。</translation>
    </message>
    <message>
        <source>more than %1 sessions of one coordinator</source>
        <translation>一个协调器的会话超过 %1 个</translation>
    </message>
    <message>
        <source>KV caches beyond the %1 offered</source>
        <translation>KV 缓存超出了提供的 %1</translation>
    </message>
    <message>
        <source>Session %1 needs %2 more KV cache for %3 tokens; this node offers %4 and holds %5.</source>
        <translation>会话 %1 需要额外 %2 的 KV 缓存来容纳 %3 个 token；此节点提供 %4，已占用 %5。</translation>
    </message>
    <message>
        <source>%1: dropped session %2 (%3)</source>
        <translation>%1: 已丢弃会话 %2（%3）</translation>
    </message>
    <message>
        <source>The stage gave no result for this step.</source>
        <translation>该阶段没有给出这一步的结果。</translation>
    </message>
    <message>
        <source>The stage gave no hidden states.</source>
        <translation>该阶段没有给出隐藏状态。</translation>
    </message>
    <message>
        <source>A ForwardBatch before the stage is ready.</source>
        <translation>在阶段就绪之前收到了 ForwardBatch。</translation>
    </message>
</context>
<context>
    <name>mdi::NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>关闭此提示</translation>
    </message>
</context>
<context>
    <name>mdi::OllamaRequest</name>
    <message>
        <source>%1.content must be a string</source>
        <translation>%1.content 必须是字符串</translation>
    </message>
    <message>
        <source>%1.images must be a list of base64 strings</source>
        <translation>%1.images 必须是 base64 字符串列表</translation>
    </message>
    <message>
        <source>%1.images[%2] must be a base64 string</source>
        <translation>%1.images[%2] 必须是 base64 字符串</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>请求正文不是有效的 JSON：在偏移 %2 处 %1。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>请求正文必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling) is not supported</source>
        <translation>不支持“tools”（函数调用）</translation>
    </message>
    <message>
        <source>&apos;messages&apos; must be a list of messages</source>
        <translation>“messages”必须是消息列表</translation>
    </message>
    <message>
        <source>%1: tool messages are not supported (no function calling)</source>
        <translation>%1：不支持 tool 消息（没有函数调用）</translation>
    </message>
    <message>
        <source>&apos;raw&apos; prompts are not supported: the prompt goes through the model&apos;s chat template</source>
        <translation>不支持“raw”提示：提示会经过模型的聊天模板</translation>
    </message>
    <message>
        <source>&apos;suffix&apos; (fill in the middle) is not supported</source>
        <translation>不支持“suffix”（中间填充）</translation>
    </message>
    <message>
        <source>&apos;context&apos; is not supported: send the conversation to /api/chat</source>
        <translation>不支持“context”：请把对话发送到 /api/chat</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; must be a string</source>
        <translation>“prompt”必须是字符串</translation>
    </message>
    <message>
        <source>&apos;options&apos; must be an object</source>
        <translation>“options”必须是对象</translation>
    </message>
    <message>
        <source>options.num_predict must be an integer</source>
        <translation>options.num_predict 必须是整数</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;json&quot; or a JSON schema</source>
        <translation>“format”必须是 &quot;json&quot; 或 JSON 模式</translation>
    </message>
</context>
<context>
    <name>mdi::PairedNodes</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; 不是有效的节点 ID。</translation>
    </message>
    <message>
        <source>The key for node %1 has %2 bytes instead of %3.</source>
        <translation>节点 %1 的密钥为 %2 字节，而不是 %3 字节。</translation>
    </message>
</context>
<context>
    <name>mdi::PairingCheck</name>
    <message>
        <source>%1 accepted the pairing code but did not say who it is within %2 s.</source>
        <translation>%1 接受了配对码，但未在 %2 秒内告知其身份。</translation>
    </message>
    <message>
        <source>%1 answered Hello with a bad message: %2</source>
        <translation>%1 对 Hello 的应答消息有误: %2</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 拒绝了请求: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 关闭了连接。</translation>
    </message>
    <message>
        <source>The pairing code is wrong: %1 refused the key made from it. Use the code that mdi-node shows there now (it changes when the node is given a new one).</source>
        <translation>配对码错误: %1 拒绝了由其生成的密钥。请使用该机器上 mdi-node 当前显示的配对码（为节点设置新配对码后，它会更改）。</translation>
    </message>
    <message>
        <source>%1 named itself &apos;%2&apos; in the handshake but &apos;%3&apos; in its HelloAck.</source>
        <translation>%1 在握手中自称 &apos;%2&apos;，但在其 HelloAck 中自称 &apos;%3&apos;。</translation>
    </message>
</context>
<context>
    <name>mdi::PairingKey</name>
    <message>
        <source>&apos;%1&apos; is not a pairing code: it may only contain digits and the letters A-Z without U.</source>
        <translation>&apos;%1&apos; 不是配对码: 只能包含数字和除 U 以外的字母 A-Z。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pairing code: a code has %2 characters, as in 7KQ4M-2XH9D.</source>
        <translation>&apos;%1&apos; 不是配对码: 配对码有 %2 个字符，例如 7KQ4M-2XH9D。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; 不是有效的节点 ID。</translation>
    </message>
</context>
<context>
    <name>mdi::PdfChip</name>
    <message>
        <source>Pages</source>
        <translation>页</translation>
    </message>
    <message>
        <source>of %1, reading…</source>
        <translation>/ %1，读取中…</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>起始页</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>结束页</translation>
    </message>
    <message>
        <source>pages %1 to %2 of %3</source>
        <translation>共 %3 页中的第 %1 至 %2 页</translation>
    </message>
    <message>
        <source>Attached PDF %1, %2</source>
        <translation>已附加的 PDF %1，%2</translation>
    </message>
    <message>
        <source>%1
Each page goes to the model as an image: %2</source>
        <translation>%1
每页都作为图片交给模型：%2</translation>
    </message>
    <message>
        <source>Remove this PDF</source>
        <translation>移除此 PDF</translation>
    </message>
    <message>
        <source>Remove PDF %1</source>
        <translation>移除 PDF %1</translation>
    </message>
</context>
<context>
    <name>mdi::PdfPages</name>
    <message>
        <source>PDF support was not built in: this copy of MDI Chat was built without poppler-qt6. Attach the pages as images instead (a screenshot or an export from a PDF viewer).</source>
        <translation>未内置 PDF 支持：此 MDI Chat 副本在构建时没有 poppler-qt6。请改为以图片形式附加页面（截图或从 PDF 查看器导出）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; larger PDFs are not accepted</source>
        <translation>%1 大于 %2 MB；不接受更大的 PDF</translation>
    </message>
    <message>
        <source>PDF from a data: URL</source>
        <translation>来自 data: URL 的 PDF</translation>
    </message>
    <message>
        <source>%1: malformed data: URL (data:application/pdf;base64,...)</source>
        <translation>%1：data: URL 格式错误 (data:application/pdf;base64,...)</translation>
    </message>
    <message>
        <source>%1: only base64-encoded data: URLs are supported</source>
        <translation>%1：仅支持 base64 编码的 data: URL</translation>
    </message>
    <message>
        <source>%1: it holds over %2 MB; larger PDFs are not accepted</source>
        <translation>%1：超过 %2 MB；不接受更大的 PDF</translation>
    </message>
    <message>
        <source>%1: malformed data: URL: the base64 data is invalid</source>
        <translation>%1：data: URL 格式错误：base64 数据无效</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PDF file</source>
        <translation>%1 不是 PDF 文件</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF: the file is damaged</source>
        <translation>无法将 %1 作为 PDF 读取：文件已损坏</translation>
    </message>
    <message>
        <source>%1 is protected by a password; save a copy without the password and attach that</source>
        <translation>%1 受密码保护；请另存一份无密码的副本并附加它</translation>
    </message>
    <message>
        <source>%1 has no pages</source>
        <translation>%1 没有页面</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); there is no page %2</source>
        <translation>
            <numerusform>%1 共 %n 页；没有第 %2 页</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: page %2 has no size and cannot be shown</source>
        <translation>%1：第 %2 页没有尺寸，无法显示</translation>
    </message>
    <message>
        <source>%1: page %2 could not be drawn (the file may be damaged)</source>
        <translation>%1：无法绘制第 %2 页（文件可能已损坏）</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); pages %2 to %3 cannot be taken</source>
        <translation>
            <numerusform>%1 共 %n 页；无法取第 %2 至 %3 页</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 pages are more than one message takes (at most %3); choose fewer pages</source>
        <translation>%1：%2 页超过了一条消息的上限（最多 %3 页）；请选择更少的页</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); with the pages before it that is more than %2, the most one request takes</source>
        <translation>
            <numerusform>%1 共 %n 页；加上之前的页，超过了一个请求最多的 %2 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PeerConnection</name>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>无法在 %2 秒内连接到 %1。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the node is not paired with this computer.</source>
        <translation>无法连接到 %1: 该节点未与此计算机配对。</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 关闭了连接。</translation>
    </message>
    <message>
        <source>The node at %1 is &apos;%2&apos;, not the paired node &apos;%3&apos;.</source>
        <translation>%1 处的节点是 &apos;%2&apos;，而不是已配对的节点 &apos;%3&apos;。</translation>
    </message>
    <message>
        <source>Cannot pair with %1: %2</source>
        <translation>无法与 %1 配对: %2</translation>
    </message>
    <message>
        <source>The node at %1 (&apos;%2&apos;) is not paired with this computer.</source>
        <translation>%1 处的节点（&apos;%2&apos;）未与此计算机配对。</translation>
    </message>
    <message>
        <source>%1 speaks protocol version %2 (this program speaks version %3) and refused the connection: %4</source>
        <translation>%1 使用协议版本 %2（此程序使用版本 %3），并拒绝了连接: %4</translation>
    </message>
    <message>
        <source>%1 sent an invalid frame: %2</source>
        <translation>%1 发送了无效的帧: %2</translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>已拒绝 %1: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: the pairing code is wrong or the node has a new one (%2).</source>
        <translation>与 %1 的 TLS 握手失败: 配对码错误，或该节点已更换配对码（%2）。</translation>
    </message>
    <message>
        <source>%1 refused the connection: is mdi-node running there?</source>
        <translation>%1 拒绝了连接: 该主机上是否正在运行 mdi-node？</translation>
    </message>
    <message>
        <source>The host of %1 was not found.</source>
        <translation>找不到 %1 的主机。</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (wrong pairing code?).</source>
        <translation>%1 在 TLS 握手期间关闭了连接（配对码错误？）。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>与 %1 的连接失败: %2</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing arrived for %2 s.</source>
        <translation>%1 已停止响应: %2 秒内未收到任何数据。</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>未连接到 %1。</translation>
    </message>
    <message>
        <source>%1 closed the connection before checking the pairing code: the node is busy with other connections, or it pauses this computer after failed pairing attempts. Try again in a minute.</source>
        <translation>%1 在检查配对码之前关闭了连接：该节点正忙于处理其他连接，或者在配对失败后暂时拒绝此计算机。请一分钟后重试。</translation>
    </message>
</context>
<context>
    <name>mdi::PeerList</name>
    <message>
        <source>&apos;%1&apos; is not a host name or address with an optional port, such as 192.168.1.20:%2.</source>
        <translation>&apos;%1&apos; 不是主机名或地址（可带端口，例如 192.168.1.20:%2）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid port.</source>
        <translation>&apos;%1&apos; 没有有效的端口。</translation>
    </message>
</context>
<context>
    <name>mdi::PeerPlacement</name>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT with a port from 1 to 65535.</source>
        <translation>&apos;%1&apos; 不是端口在 1 到 65535 之间的 HOST:PORT。</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) need at least %n stage(s); the plan has %1.</source>
        <translation>
            <numerusform>%n 个对等节点至少需要 %n 个阶段；方案中只有 %1 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PeerRoster</name>
    <message>
        <source>%1 was not added by hand, so it cannot be removed.</source>
        <translation>%1 不是手动添加的，因此无法移除。</translation>
    </message>
    <message>
        <source>Choose the peer to pair with in the list.</source>
        <translation>请在列表中选择要配对的对等节点。</translation>
    </message>
    <message>
        <source>Cannot pair with %1: it is not in the list of peers.</source>
        <translation>无法与 %1 配对：它不在对等节点列表中。</translation>
    </message>
    <message>
        <source>Not paired with %1: the code for another peer is still being checked.</source>
        <translation>未与 %1 配对：另一个对等节点的配对码仍在检查中。</translation>
    </message>
    <message>
        <source>Not paired with %1: %2</source>
        <translation>未与 %1 配对: %2</translation>
    </message>
    <message>
        <source>Paired with %1. Apply and reload to run layers there.</source>
        <translation>已与 %1 配对。应用并重新加载后即可在其上运行层。</translation>
    </message>
    <message>
        <source>%1 is not paired.</source>
        <translation>%1 未配对。</translation>
    </message>
    <message>
        <source>%1 (another protocol version)</source>
        <translation>%1（其他协议版本）</translation>
    </message>
    <message>
        <source>A beacon placed %1 at %2, but no handshake with its key succeeded there, so it is still used at its old address: %3</source>
        <translation>信标显示 %1 位于 %2，但在该地址使用其密钥的握手均未成功，因此仍使用其旧地址: %3</translation>
    </message>
    <message>
        <source>%1 moved to %2 (verified by a handshake with its key).</source>
        <translation>%1 已移至 %2（已通过使用其密钥的握手验证）。</translation>
    </message>
</context>
<context>
    <name>mdi::PeerServer</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; 不是有效的节点 ID。</translation>
    </message>
    <message>
        <source>The node has no pairing key.</source>
        <translation>该节点没有配对密钥。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听: %2</translation>
    </message>
    <message>
        <source>The node stopped serving.</source>
        <translation>该节点已停止服务。</translation>
    </message>
    <message>
        <source>too many handshakes in progress</source>
        <translation>正在进行的握手过多</translation>
    </message>
    <message>
        <source>TLS handshake failed (a wrong pairing code, or not TLS): %1</source>
        <translation>TLS 握手失败（配对码错误，或不是 TLS）: %1</translation>
    </message>
    <message>
        <source>closed during the TLS handshake</source>
        <translation>在 TLS 握手期间被关闭</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation>%1 秒内未进行 TLS 握手</translation>
    </message>
    <message numerus="yes">
        <source>This node already serves %n connection(s).</source>
        <translation>
            <numerusform>此节点已在服务 %n 个连接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed pairing attempt(s) in a row from this address; it is refused for another %1 s</source>
        <translation>
            <numerusform>此地址已连续 %n 次配对失败；还将被拒绝 %1 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>closed before sending anything</source>
        <translation>在发送任何内容之前被关闭</translation>
    </message>
    <message>
        <source>nothing received within %1 s</source>
        <translation>%1 秒内未收到任何内容</translation>
    </message>
    <message>
        <source>too many handshakes in progress from %1</source>
        <translation>来自 %1 的正在进行的握手过多</translation>
    </message>
    <message>
        <source>sent nothing; its slot went to a newer connection</source>
        <translation>未发送任何内容；其槽位已让给更新的连接</translation>
    </message>
</context>
<context>
    <name>mdi::PeersPanel</name>
    <message>
        <source>Added %1. Enter the pairing code that mdi-node shows there to pair with it.</source>
        <translation>已添加 %1。请输入该机器上 mdi-node 显示的配对码以与其配对。</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>对等节点</translation>
    </message>
    <message>
        <source>Peers on the network</source>
        <translation>网络中的对等节点</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>配对</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>可用内存</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>上次发现</translation>
    </message>
    <message>
        <source>Computers running mdi-node. Tick a paired peer to let it run layers of the model.</source>
        <translation>运行 mdi-node 的计算机。勾选已配对的对等节点，即可让其运行模型的层。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A):</translation>
    </message>
    <message>
        <source>Peer address (host:port)</source>
        <translation>对等节点地址（host:port）</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>Add a peer by its address, for networks where it is not found on its own</source>
        <translation>按地址添加对等节点，适用于无法自动发现该节点的网络</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the peer added by hand</source>
        <translation>移除手动添加的对等节点</translation>
    </message>
    <message>
        <source>Pairing c&amp;ode:</source>
        <translation>配对码(&amp;O):</translation>
    </message>
    <message>
        <source>Pairing code of the selected peer</source>
        <translation>所选对等节点的配对码</translation>
    </message>
    <message>
        <source>The code mdi-node prints when it starts. It is checked with the peer and not kept.</source>
        <translation>mdi-node 启动时显示的配对码。它仅用于与对等节点核对，不会被保存。</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>配对(&amp;P)</translation>
    </message>
    <message>
        <source>Forget Pairin&amp;g</source>
        <translation>取消配对(&amp;G)</translation>
    </message>
    <message>
        <source>Layer placement</source>
        <translation>层分配</translation>
    </message>
    <message>
        <source>P&amp;lacement:</source>
        <translation>分配方式(&amp;L):</translation>
    </message>
    <message>
        <source>Automatic (planner)</source>
        <translation>自动（规划器）</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>仅本机</translation>
    </message>
    <message>
        <source>Automatic splits the layers between this computer and the peers in use by their speed and free memory.</source>
        <translation>“自动”会根据速度和可用内存，在本机和所用的对等节点之间分配各层。</translation>
    </message>
    <message>
        <source>Appl&amp;y and Reload</source>
        <translation>应用并重新加载(&amp;Y)</translation>
    </message>
    <message>
        <source>Reload the model with this placement and the peers in use</source>
        <translation>按此分配方式和所用的对等节点重新加载模型</translation>
    </message>
    <message>
        <source>Looking for peers on the local network. Start mdi-node on another computer, or add one by its address.</source>
        <translation>正在本地网络中查找对等节点。请在另一台计算机上启动 mdi-node，或按地址添加对等节点。</translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation>对等节点发现已关闭: %1</translation>
    </message>
    <message>
        <source>Discovery is off. Add peers by their address.</source>
        <translation>对等节点发现已关闭。请按地址添加对等节点。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>Checking the code with %1…</source>
        <translation>正在与 %1 核对配对码…</translation>
    </message>
    <message>
        <source>Forgot the pairing with %1. Its code is needed to pair again.</source>
        <translation>已取消与 %1 的配对。再次配对需要其配对码。</translation>
    </message>
    <message>
        <source>%1 will run layers after Apply and Reload.</source>
        <translation>应用并重新加载后，%1 将运行层。</translation>
    </message>
    <message>
        <source>%1 will not be used after Apply and Reload.</source>
        <translation>应用并重新加载后，将不再使用 %1。</translation>
    </message>
    <message>
        <source>%1
node id %2</source>
        <translation>%1
节点 ID %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>not on the network</source>
        <translation>不在网络中</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未发现</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>已配对</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>未配对</translation>
    </message>
    <message>
        <source>Incompatible (protocol %1)</source>
        <translation>不兼容（协议 %1）</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <source>Tick the name to run layers of the model on %1.</source>
        <translation>勾选名称即可在 %1 上运行模型的层。</translation>
    </message>
    <message>
        <source>Select it and enter the pairing code that mdi-node shows there.</source>
        <translation>选中它并输入该机器上 mdi-node 显示的配对码。</translation>
    </message>
    <message>
        <source>Paired with %1. Apply and reload to run layers there.</source>
        <translation>已与 %1 配对。应用并重新加载后即可在其上运行层。</translation>
    </message>
    <message>
        <source>Last reported: %1</source>
        <translation>最近报告：%1</translation>
    </message>
    <message>
        <source>Paired, away</source>
        <translation>已配对，不在线</translation>
    </message>
</context>
<context>
    <name>mdi::Pipeline</name>
    <message>
        <source>The plan places layers %1-%2 on &apos;%3&apos;, which is neither this computer nor a known peer.</source>
        <translation>方案将第 %1-%2 层分配给 &apos;%3&apos;，但它既不是本机，也不是已知的对等节点。</translation>
    </message>
    <message>
        <source>Loading the model failed: %1</source>
        <translation>加载模型失败: %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3), and loading them here failed: %4</source>
        <translation>运行第 %1-%2 层的对等节点已丢失（%3），在本机加载这些层也失败了: %4</translation>
    </message>
    <message>
        <source>Other peers could not take them: %1</source>
        <translation>其他对等节点无法接管这些层: %1</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3); they now run on %4 and the answers in progress continue.</source>
        <translation>运行第 %1-%2 层的对等节点已丢失（%3）；这些层现在在 %4 上运行，正在进行的回答将继续。</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3); they now run on this computer and the answers in progress continue.</source>
        <translation>运行第 %1-%2 层的对等节点已丢失（%3）；这些层现在在本机上运行，正在进行的回答将继续。</translation>
    </message>
    <message>
        <source>The model was unloaded before the answer finished.</source>
        <translation>回答完成之前模型已被卸载。</translation>
    </message>
    <message>
        <source>The conversation was closed before the answer finished.</source>
        <translation>回答完成之前对话已被关闭。</translation>
    </message>
    <message>
        <source>This conversation is still answering; stop it first.</source>
        <translation>此对话仍在生成回答，请先停止。</translation>
    </message>
</context>
<context>
    <name>mdi::PlacementAssembly</name>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>The layers cannot be placed: %1</source>
        <translation>无法分配层: %1</translation>
    </message>
</context>
<context>
    <name>mdi::Plan</name>
    <message>
        <source>The layer plan is empty: write ranges such as 0-%1,%1-%2 (first layer, then the layer after the last).</source>
        <translation>层分配方案为空: 请填写类似 0-%1,%1-%2 的范围（先写第一层，再写最后一层的下一层）。</translation>
    </message>
    <message>
        <source>The layer plan &apos;%2&apos; is not a range such as 0-%1 (first layer, then the layer after the last), nor a list of them such as 0-%3,%3-%1.</source>
        <translation>层分配方案 &apos;%2&apos; 既不是类似 0-%1 的范围（先写第一层，再写最后一层的下一层），也不是类似 0-%3,%3-%1 的范围列表。</translation>
    </message>
    <message>
        <source>&apos;%2&apos; in the layer plan &apos;%3&apos; is not a range such as 0-%1 (first layer, then the layer after the last).</source>
        <translation>层分配方案 &apos;%3&apos; 中的 &apos;%2&apos; 不是类似 0-%1 的范围（先写第一层，再写最后一层的下一层）。</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan is out of range: the model has %2 decoder layers (0-%2).</source>
        <translation>层分配方案中的范围 %1 超出范围: 该模型有 %2 个解码器层（0-%2）。</translation>
    </message>
    <message>
        <source>The model has no decoder layers to place.</source>
        <translation>模型没有可分配的解码器层。</translation>
    </message>
    <message>
        <source>The layer plan has no stages: the model&apos;s %1 decoder layers must be placed.</source>
        <translation>层分配方案中没有阶段: 必须分配模型的 %1 个解码器层。</translation>
    </message>
    <message>
        <source>The ranges of the layer plan are out of order: %1 comes after %2; list them in ring order, each starting where the previous one ends.</source>
        <translation>层分配方案中的范围顺序错误: %1 位于 %2 之后；请按环形顺序列出，每个范围都从上一个范围的结束处开始。</translation>
    </message>
    <message>
        <source>Stage %1 (layers %2) of the layer plan has no host.</source>
        <translation>层分配方案的阶段 %1（第 %2 层）没有主机。</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan ends before it starts: write the first layer, then the layer after the last (%2).</source>
        <translation>层分配方案中的范围 %1 的结束位置在开始位置之前: 请先写第一层，再写最后一层的下一层（%2）。</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan holds no layers: the second number is the layer after the last (%2 for layer %3 alone).</source>
        <translation>层分配方案中的范围 %1 不包含任何层: 第二个数字是最后一层的下一层（仅第 %3 层时为 %2）。</translation>
    </message>
    <message>
        <source>%1 in no stage: the first range must start at 0.</source>
        <translation>%1不在任何阶段中: 第一个范围必须从 0 开始。</translation>
    </message>
    <message>
        <source>%1 in no stage: %2 is followed by %3; each range must start where the previous one ends.</source>
        <translation>%1不在任何阶段中: %2 之后是 %3；每个范围都必须从上一个范围的结束处开始。</translation>
    </message>
    <message>
        <source>The ranges %1 and %2 of the layer plan overlap (%3 in both); each range must start where the previous one ends (%4).</source>
        <translation>层分配方案中的范围 %1 和 %2 重叠（%3同时位于两者中）；每个范围都必须从上一个范围的结束处开始（%4）。</translation>
    </message>
    <message>
        <source>%2 in no stage: the last range must end at %1, the number of decoder layers.</source>
        <translation>%2不在任何阶段中: 最后一个范围必须在 %1（解码器层数）处结束。</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>layers %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Layer %1 is</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Layers %1 to %2 are</source>
        <translation>第 %1 至 %2 层</translation>
    </message>
</context>
<context>
    <name>mdi::PlanView</name>
    <message>
        <source>Loading progress</source>
        <translation>加载进度</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>运行位置</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Plan: which layers run where</source>
        <translation>方案: 各层在何处运行</translation>
    </message>
    <message>
        <source>The decoder layers of each stage and where they run. This computer always runs the vision tower, the embedding and the head.</source>
        <translation>每个阶段的解码器层及其运行位置。视觉塔、嵌入和输出头始终在本机上运行。</translation>
    </message>
    <message>
        <source>Token rows the stage computes per second of work, since the model was loaded</source>
        <translation>自模型加载以来，该阶段每秒工作时间计算的 token 行数</translation>
    </message>
    <message>
        <source>Weights and key/value caches the stage holds</source>
        <translation>该阶段持有的权重和键/值缓存</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Layers %1</source>
        <translation>层 %1</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>Loading: the peers receive the weights of their layers (those they do not have cached yet)…</source>
        <translation>正在加载: 对等节点正在接收其各层的权重（尚未缓存的部分）…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Every layer runs on this computer.</source>
        <translation>所有层都在本机上运行。</translation>
    </message>
    <message>
        <source>Weights sent to peers while loading: %1</source>
        <translation>加载时发送给对等节点的权重: %1</translation>
    </message>
    <message>
        <source>No weights were sent while loading: the peers had them cached.</source>
        <translation>加载时未发送权重: 对等节点已缓存这些权重。</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <source>Not used (not found on the network): %1</source>
        <translation>未使用（在网络中找不到）: %1</translation>
    </message>
</context>
<context>
    <name>mdi::Planner</name>
    <message>
        <source>The model has no decoder layers to place.</source>
        <translation>模型没有可分配的解码器层。</translation>
    </message>
    <message>
        <source>There is no computer to run the model on.</source>
        <translation>没有可以运行模型的计算机。</translation>
    </message>
    <message>
        <source>Cannot plan for a context of %1 tokens and %2 sessions: both must be at least 1.</source>
        <translation>无法为 %1 个 token 的上下文和 %2 个会话制定方案: 两者都必须至少为 1。</translation>
    </message>
    <message>
        <source>The host &apos;%1&apos; has no id.</source>
        <translation>主机 &apos;%1&apos; 没有 ID。</translation>
    </message>
    <message>
        <source>Two hosts have the id &apos;%1&apos;.</source>
        <translation>有两个主机的 ID 都是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Only one host can hold the embedding and head, but %1 and %2 both claim to.</source>
        <translation>只能有一个主机持有嵌入和输出头，但 %1 和 %2 都声明持有。</translation>
    </message>
    <message>
        <source>No speed is known for %1, but it must run the model&apos;s embedding and head.</source>
        <translation>%1 的速度未知，但它必须运行模型的嵌入和输出头。</translation>
    </message>
    <message>
        <source>The model&apos;s embedding, vision tower and head need %2 in %3 on %1, plus %4 kept free, but it has only %5 free.</source>
        <translation>模型的嵌入、视觉塔和输出头在 %1 上需要 %2（%3），另外还需保留 %4 空闲，但它只有 %5 可用。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2, no speed measured</source>
        <translation>%1 %2，未测量速度</translation>
    </message>
    <message>
        <source>The model needs %3 in %4: %5 for its %1 decoder layers (weights and the key/value cache for %2 tokens)</source>
        <translation>模型需要 %3（%4）: 其中 %5 用于 %1 个解码器层（权重以及 %2 个 token 的键/值缓存）</translation>
    </message>
    <message>
        <source>, %1 on %2 for the embedding, vision tower and head</source>
        <translation>，%1 在 %2 上用于嵌入、视觉塔和输出头</translation>
    </message>
    <message>
        <source>, and %1 kept free on each host. The hosts have %4 free (%5): room for only %2 of the %3 layers.</source>
        <translation>，并且每个主机需保留 %1 空闲。各主机共有 %4 可用（%5）: 只能容纳 %3 层中的 %2 层。</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;</source>
        <translation>节点 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>mdi::PortalScreenshot</name>
    <message>
        <source>The screen cannot be captured: there is no D-Bus session (the desktop portal answers there).</source>
        <translation>无法截取屏幕：没有 D-Bus 会话（桌面门户在那里应答）。</translation>
    </message>
    <message>
        <source>The desktop portal refused the screenshot: %1</source>
        <translation>桌面门户拒绝了截图：%1</translation>
    </message>
    <message>
        <source>Capturing the screen on Wayland needs the desktop portal, and this copy of MDI Chat was built without D-Bus support. Take a screenshot with your desktop&apos;s tool and paste it (Ctrl+V).</source>
        <translation>在 Wayland 上截屏需要桌面门户，而此 MDI Chat 副本构建时没有 D-Bus 支持。请用桌面自带的工具截图并粘贴（Ctrl+V）。</translation>
    </message>
    <message>
        <source>The desktop portal could not take the screenshot.</source>
        <translation>桌面门户无法截图。</translation>
    </message>
    <message>
        <source>The screenshot the portal wrote (%1) cannot be read.</source>
        <translation>无法读取门户写出的截图（%1）。</translation>
    </message>
</context>
<context>
    <name>mdi::PrecisionChoice</name>
    <message>
        <source>%1 as requested.</source>
        <translation>%1（按指定）。</translation>
    </message>
    <message>
        <source>%1: the checkpoint&apos;s own precision (best quality).</source>
        <translation>%1: 检查点自身的精度（最佳质量）。</translation>
    </message>
    <message>
        <source>Automatic: bf16 on %1.</source>
        <translation>自动: 在 %1 上使用 bf16。</translation>
    </message>
    <message>
        <source>Automatic: 8-bit language model (decoding reads every weight once per token, so fewer bytes are faster), %1 vision tower (best quality); %2 kernels on this CPU.</source>
        <translation>自动: 语言模型使用 8-bit（解码时每个 token 都要读取一遍全部权重，字节越少越快），视觉塔使用 %1（最佳质量）；此 CPU 上使用 %2 内核。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a precision; %2</source>
        <translation>&apos;%1&apos; 不是有效的精度；%2</translation>
    </message>
</context>
<context>
    <name>mdi::PromptPlanner</name>
    <message numerus="yes">
        <source>The prompt needs %1 tokens (%2 of them for %n image(s)), but the model&apos;s context holds %3. Use fewer or smaller images (lower the maximum image size) or a shorter conversation.</source>
        <translation>
            <numerusform>提示词需要 %1 个 token（其中 %2 个用于 %n 张图像），但模型的上下文只能容纳 %3 个。请使用更少或更小的图像（降低最大图像尺寸），或缩短对话。</numerusform>
        </translation>
    </message>
    <message>
        <source>The prompt contains a video token (&lt;|video_pad|&gt;); video input is not supported.</source>
        <translation>提示词包含视频 token（&lt;|video_pad|&gt;）；不支持视频输入。</translation>
    </message>
</context>
<context>
    <name>mdi::PskTls</name>
    <message>
        <source>TLS is not available (Qt&apos;s TLS backend &apos;%1&apos; did not load %2), so peers cannot be reached.</source>
        <translation>TLS 不可用（Qt 的 TLS 后端 &apos;%1&apos; 未加载 %2），因此无法连接到对等节点。</translation>
    </message>
    <message>
        <source>The TLS backend &apos;%1&apos; does not support pre-shared keys, which peers use; Qt&apos;s OpenSSL backend does.</source>
        <translation>TLS 后端 &apos;%1&apos; 不支持对等节点所使用的预共享密钥；Qt 的 OpenSSL 后端支持。</translation>
    </message>
    <message>
        <source>The TLS backend &apos;%1&apos; (%2) offers none of the TLS-PSK cipher suites peers use (%3).</source>
        <translation>TLS 后端 &apos;%1&apos;（%2）不提供对等节点所使用的任何 TLS-PSK 密码套件（%3）。</translation>
    </message>
</context>
<context>
    <name>mdi::Qwen2VLModel</name>
    <message>
        <source>Nothing to process: the prompt has no tokens.</source>
        <translation>没有可处理的内容: 提示词中没有 token。</translation>
    </message>
    <message>
        <source>Image %1 has %2 pixel values; its %3x%4 patch grid needs %5.</source>
        <translation>图像 %1 有 %2 个像素值；其 %3x%4 图块网格需要 %5 个。</translation>
    </message>
    <message>
        <source>Prefill failed: %1</source>
        <translation>预填充失败: %1</translation>
    </message>
    <message>
        <source>Decoding failed: %1</source>
        <translation>解码失败: %1</translation>
    </message>
    <message>
        <source>Cannot keep %1 tokens: the cache holds %2.</source>
        <translation>无法保留 %1 个 token: 缓存只能容纳 %2 个。</translation>
    </message>
</context>
<context>
    <name>mdi::RandomCheckpointWriter</name>
    <message>
        <source>Random checkpoints are written in BF16 or F32, not %1.</source>
        <translation>随机检查点以 BF16 或 F32 格式写入，而不是 %1。</translation>
    </message>
    <message>
        <source>The shard size must be positive.</source>
        <translation>分片大小必须为正数。</translation>
    </message>
    <message>
        <source>%1 has no tokenizer.json to copy.</source>
        <translation>%1 中没有可复制的 tokenizer.json。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new folder or allow overwriting.</source>
        <translation>%1 不是空的；请选择新文件夹或允许覆盖。</translation>
    </message>
    <message>
        <source>%1 needs %2 MB of free space; %3 MB are available.</source>
        <translation>%1 需要 %2 MB 的可用空间；当前可用 %3 MB。</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>The written checkpoint does not validate: %1</source>
        <translation>写入的检查点未通过验证: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 无法写入: %2</translation>
    </message>
</context>
<context>
    <name>mdi::Reader</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; at most %3 are allowed</source>
        <translation>&quot;%1&quot; 的长度为 %2 个字符；最多允许 %3 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; 必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; 必须是对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; 必须是数组</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 entries; at most %3 are allowed</source>
        <translation>&quot;%1&quot; 有 %2 个条目；最多允许 %3 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 time such as 2024-05-01T12:00:00.000Z; got &quot;%2&quot;</source>
        <translation>&quot;%1&quot; 必须是 ISO 8601 时间，例如 2024-05-01T12:00:00.000Z；当前值为 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>mdi::RegionSelector</name>
    <message>
        <source>Screen region selection</source>
        <translation>屏幕区域选择</translation>
    </message>
    <message>
        <source>Drag over the part of the screen to attach; Esc cancels.</source>
        <translation>在要附加的屏幕部分上拖动；按 Esc 取消。</translation>
    </message>
    <message>
        <source>Drag over the part of the screen to attach. Esc cancels.</source>
        <translation>在要附加的屏幕部分上拖动。按 Esc 取消。</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>mdi::RemoteStageLink</name>
    <message>
        <source>%1 answered Hello with a bad message: %2</source>
        <translation>%1 对 Hello 的应答消息有误: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: layers %2-%3</source>
        <translation>%1: 第 %2-%3 层</translation>
    </message>
    <message>
        <source>%1 sent a bad answer to LoadStage.</source>
        <translation>%1 对 LoadStage 的应答有误。</translation>
    </message>
    <message>
        <source>%1 sent a bad WeightAck: %2</source>
        <translation>%1 发送了错误的 WeightAck: %2</translation>
    </message>
    <message>
        <source>%1 received tensor %2 damaged (SHA-256 mismatch).</source>
        <translation>%1 收到的张量 %2 已损坏（SHA-256 不匹配）。</translation>
    </message>
    <message>
        <source>%1 sent a bad StageReady: %2</source>
        <translation>%1 发送了错误的 StageReady: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an unreadable error</source>
        <translation>无法读取的错误</translation>
    </message>
    <message>
        <source>%1 refused the stage: %2</source>
        <translation>%1 拒绝了该阶段: %2</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>Lost the peer %1: %2</source>
        <translation>与对等节点 %1 的连接已丢失: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1: %2</translation>
    </message>
    <message>
        <source>The checkpoint has no tensor %1.</source>
        <translation>检查点中没有张量 %1。</translation>
    </message>
    <message>
        <source>Loading layers %1-%2 on %3 was cancelled.</source>
        <translation>已取消在 %3 上加载第 %1-%2 层。</translation>
    </message>
    <message>
        <source>answer Hello</source>
        <translation>应答 Hello</translation>
    </message>
    <message>
        <source>answer LoadStage</source>
        <translation>应答 LoadStage</translation>
    </message>
    <message>
        <source>sent an unreadable Result (%1)</source>
        <translation>发送了无法读取的 Result（%1）</translation>
    </message>
    <message>
        <source>answered step %1 of session %2 with step %3 of session %4</source>
        <translation>用会话 %4 的步骤 %3 应答了会话 %2 的步骤 %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>发送了 %1</translation>
    </message>
    <message>
        <source>sent hidden states that could not be read (%1)</source>
        <translation>发送了无法读取的隐藏状态（%1）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>take the weights</source>
        <translation>接收权重</translation>
    </message>
    <message>
        <source>send StageReady</source>
        <translation>发送 StageReady</translation>
    </message>
    <message>
        <source>did not %1 in time (layers %2-%3)</source>
        <translation>未能及时%1（第 %2-%3 层）</translation>
    </message>
    <message>
        <source>did not answer a Forward (%1 tokens) within %2 s</source>
        <translation>未在 %2 秒内应答 Forward（%1 个 token）</translation>
    </message>
    <message>
        <source>did not answer a DropSession within %1 s</source>
        <translation>未在 %1 秒内应答 DropSession</translation>
    </message>
    <message>
        <source>answered a Forward with a ResultBatch</source>
        <translation>用 ResultBatch 回应了 Forward</translation>
    </message>
    <message>
        <source>sent an unreadable ResultBatch (%1)</source>
        <translation>发送了无法读取的 ResultBatch（%1）</translation>
    </message>
    <message>
        <source>answered a batch of %1 steps with %2</source>
        <translation>以 %2 个回应了 %1 步的批次</translation>
    </message>
    <message>
        <source>sent %1 rows for a step of session %2 that has %3</source>
        <translation>为会话 %2 中有 %3 行的一步发送了 %1 行</translation>
    </message>
</context>
<context>
    <name>mdi::ResourceLine</name>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
</context>
<context>
    <name>mdi::ResourceSummary</name>
    <message>
        <source>on this computer</source>
        <translation>在这台电脑上</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>在 %1 上</translation>
    </message>
    <message>
        <source>all %1 parts on %2</source>
        <translation>全部 %1 个部分在 %2 上</translation>
    </message>
    <message>
        <source>%1 of %2 parts on %3</source>
        <translation>%2 个部分中的 %1 个在 %3 上</translation>
    </message>
    <message>
        <source>%1, the rest here</source>
        <translation>%1，其余在本机</translation>
    </message>
    <message>
        <source>%1 in memory</source>
        <translation>内存 %1</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 个线程</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 个标记/秒</translation>
    </message>
    <message>
        <source>MDI Chat uses %1 of this computer&apos;s memory.</source>
        <translation>MDI Chat 占用这台电脑 %1 内存。</translation>
    </message>
    <message>
        <source>It computes with %1 threads.</source>
        <translation>它用 %1 个线程计算。</translation>
    </message>
    <message>
        <source>The last answer came at %1 tokens a second.</source>
        <translation>上一个回答的速度为每秒 %1 个标记。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>这台电脑</translation>
    </message>
    <message>
        <source>Part %1 of %2 on %3: layers %4–%5, weights %6, conversation memory %7</source>
        <translation>第 %1 部分（共 %2 个），在 %3：第 %4–%5 层，权重 %6，对话内存 %7</translation>
    </message>
    <message>
        <source> (%1 free there)</source>
        <translation>（那里空闲 %1）</translation>
    </message>
</context>
<context>
    <name>mdi::ResponsesRequest</name>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 必须是字符串</translation>
    </message>
    <message>
        <source>%1: an input_image needs &quot;image_url&quot; with a data: URL (data:image/png;base64,...); uploaded files (file_id) are not supported</source>
        <translation>%1：input_image 需要带 data: URL（data:image/png;base64,...）的 &quot;image_url&quot;；不支持上传的文件（file_id）</translation>
    </message>
    <message>
        <source>%1: content of type &apos;%2&apos; is not supported (input_text, input_image, output_text)</source>
        <translation>%1：不支持类型为“%2”的内容（input_text、input_image、output_text）</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>请求正文不是有效的 JSON：在偏移 %2 处 %1。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>请求正文必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>&apos;previous_response_id&apos; is not supported: this server keeps no responses; send the whole conversation in &apos;input&apos;</source>
        <translation>不支持“previous_response_id”：此服务器不保存回答；请在“input”中发送完整对话</translation>
    </message>
    <message>
        <source>&apos;conversation&apos; is not supported: this server keeps no conversations; send the whole conversation in &apos;input&apos;</source>
        <translation>不支持“conversation”：此服务器不保存对话；请在“input”中发送完整对话</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling, built-in tools) is not supported</source>
        <translation>不支持“tools”（函数调用、内置工具）</translation>
    </message>
    <message>
        <source>&apos;background&apos; is not supported: answers are given while the request waits</source>
        <translation>不支持“background”：回答在请求等待期间给出</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; (stored prompt templates) is not supported</source>
        <translation>不支持“prompt”（已保存的提示模板）</translation>
    </message>
    <message>
        <source>&apos;instructions&apos; must be a string</source>
        <translation>“instructions”必须是字符串</translation>
    </message>
    <message>
        <source>%1: items of type &apos;%2&apos; are not supported (only messages: this server has no tools or reasoning items)</source>
        <translation>%1：不支持类型为“%2”的项（仅支持消息：此服务器没有工具或推理项）</translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of parts</source>
        <translation>%1.content 必须是字符串或部分列表</translation>
    </message>
    <message>
        <source>&apos;input&apos; must be a string or a list of messages</source>
        <translation>“input”必须是字符串或消息列表</translation>
    </message>
    <message>
        <source>&apos;max_output_tokens&apos; must be an integer between 1 and %1</source>
        <translation>“max_output_tokens”必须是 1 到 %1 之间的整数</translation>
    </message>
</context>
<context>
    <name>mdi::ResultBatchMessage</name>
    <message>
        <source>a ResultBatch needs at least one entry</source>
        <translation>ResultBatch 至少需要一个条目</translation>
    </message>
    <message>
        <source>%1 rows for an entry (%2)</source>
        <translation>条目有 %1 行（%2）</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>a failed entry has none</source>
        <translation>失败的条目没有行</translation>
    </message>
    <message>
        <source>the entries hold more than %1 rows</source>
        <translation>条目包含的行超过 %1 行</translation>
    </message>
</context>
<context>
    <name>mdi::ResultMessage</name>
    <message>
        <source>a failed Result carries no hidden states</source>
        <translation>失败的 Result 不携带隐藏状态</translation>
    </message>
    <message>
        <source>%1 rows of hidden states for %2 tokens</source>
        <translation>%2 个 token 对应 %1 行隐藏状态</translation>
    </message>
    <message>
        <source>hidden states need at least one column</source>
        <translation>隐藏状态至少需要一列</translation>
    </message>
</context>
<context>
    <name>mdi::RopeIndex</name>
    <message>
        <source>The prompt contains a video token at position %1; video input is not supported.</source>
        <translation>提示词在位置 %1 处包含视频 token；不支持视频输入。</translation>
    </message>
    <message>
        <source>Image %1 has an invalid patch grid %2x%3x%4 (rows and columns must be positive multiples of %5).</source>
        <translation>图像 %1 的图块网格 %2x%3x%4 无效（行数和列数必须是 %5 的正整数倍）。</translation>
    </message>
    <message>
        <source>Image %1 needs %2 image tokens but the prompt has %3 at position %4.</source>
        <translation>图像 %1 需要 %2 个图像 token，但提示词在位置 %4 处只有 %3 个。</translation>
    </message>
    <message numerus="yes">
        <source>The prompt has more image placeholders than the %n image(s) given.</source>
        <translation>
            <numerusform>提示词中的图像占位符多于提供的 %n 张图像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were given but the prompt has placeholders for %1.</source>
        <translation>
            <numerusform>提供了 %n 张图像，但提示词中有 %1 个占位符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::SafetensorsFile</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: 找不到文件（%2）</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开: %2</translation>
    </message>
    <message>
        <source>%1: not a safetensors file: %2 bytes is shorter than the 8-byte header length</source>
        <translation>%1: 不是 safetensors 文件: %2 字节比 8 字节的头部长度字段还短</translation>
    </message>
    <message>
        <source>%1: cannot map the file into memory: %2</source>
        <translation>%1: 无法将文件映射到内存: %2</translation>
    </message>
    <message>
        <source>%1: header length %2 exceeds the limit of %3 bytes (corrupt file?)</source>
        <translation>%1: 头部长度 %2 超过了 %3 字节的上限（文件已损坏？）</translation>
    </message>
    <message>
        <source>%1: header length %2 runs past the end of the file (%3 bytes; truncated?)</source>
        <translation>%1: 头部长度 %2 超出了文件末尾（%3 字节；文件被截断？）</translation>
    </message>
    <message>
        <source>%1: header is not valid JSON (offset %2: %3)</source>
        <translation>%1: 头部不是有效的 JSON（偏移量 %2: %3）</translation>
    </message>
    <message>
        <source>%1: header is not a JSON object</source>
        <translation>%1: 头部不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; appears more than once in the header</source>
        <translation>%1: 张量 &apos;%2&apos; 在头部中出现了不止一次</translation>
    </message>
    <message>
        <source>%1: __metadata__ is not an object</source>
        <translation>%1: __metadata__ 不是对象</translation>
    </message>
    <message>
        <source>%1: entry &apos;%2&apos; is not an object</source>
        <translation>%1: 条目 &apos;%2&apos; 不是对象</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has unknown dtype &apos;%3&apos;</source>
        <translation>%1: 张量 &apos;%2&apos; 的 dtype &apos;%3&apos; 未知</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no shape list</source>
        <translation>%1: 张量 &apos;%2&apos; 没有形状列表</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has an invalid dimension in its shape</source>
        <translation>%1: 张量 &apos;%2&apos; 的形状中有无效的维度</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is larger than the file</source>
        <translation>%1: 张量 &apos;%2&apos; 比文件还大</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; needs data_offsets [begin, end]</source>
        <translation>%1: 张量 &apos;%2&apos; 需要 data_offsets [begin, end]</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has invalid data_offsets [%3, %4]</source>
        <translation>%1: 张量 &apos;%2&apos; 的 data_offsets [%3, %4] 无效</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; lies outside the data (ends at byte %3 of %4; truncated file?)</source>
        <translation>%1: 张量 &apos;%2&apos; 超出了数据范围（结束于第 %3 字节，共 %4 字节；文件被截断？）</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos;: shape x dtype size is %3 bytes but its byte range holds %4</source>
        <translation>%1: 张量 &apos;%2&apos;: 形状 x dtype 大小为 %3 字节，但其字节范围包含 %4 字节</translation>
    </message>
    <message>
        <source>%1: the byte ranges of tensors &apos;%2&apos; and &apos;%3&apos; overlap</source>
        <translation>%1: 张量 &apos;%2&apos; 和 &apos;%3&apos; 的字节范围重叠</translation>
    </message>
</context>
<context>
    <name>mdi::SafetensorsWriter</name>
    <message>
        <source>%1: tensor &apos;%2&apos; declared after writing began</source>
        <translation>%1: 张量 &apos;%2&apos; 在开始写入后才声明</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid tensor name</source>
        <translation>%1: &apos;%2&apos; 不是有效的张量名称</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; added twice</source>
        <translation>%1: 张量 &apos;%2&apos; 被添加了两次</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has a negative dimension</source>
        <translation>%1: 张量 &apos;%2&apos; 有负的维度</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is too large</source>
        <translation>%1: 张量 &apos;%2&apos; 过大</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; needs %3 bytes, %4 were given</source>
        <translation>%1: 张量 &apos;%2&apos; 需要 %3 字节，但提供了 %4 字节</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 无法写入: %2</translation>
    </message>
    <message>
        <source>%1: writing has already begun</source>
        <translation>%1: 已经开始写入</translation>
    </message>
    <message>
        <source>%1: append() before begin()</source>
        <translation>%1: 在 begin() 之前调用了 append()</translation>
    </message>
    <message>
        <source>more tensor data than the header declares (%1 bytes)</source>
        <translation>张量数据多于头部声明的大小（%1 字节）</translation>
    </message>
    <message>
        <source>%1: commit() before begin()</source>
        <translation>%1: 在 begin() 之前调用了 commit()</translation>
    </message>
    <message>
        <source>%1 of %2 bytes of tensor data were written</source>
        <translation>已写入 %2 字节张量数据中的 %1 字节</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no data</source>
        <translation>%1: 张量 &apos;%2&apos; 没有数据</translation>
    </message>
</context>
<context>
    <name>mdi::SamplingPreset</name>
    <message>
        <source>As in Settings</source>
        <translation>与设置相同</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>创意</translation>
    </message>
    <message>
        <source>The sampling chosen in Settings for every conversation.</source>
        <translation>在设置中为所有对话选择的采样。</translation>
    </message>
    <message>
        <source>The model&apos;s own values: the most likely answer, the same each time (Regenerate still varies it).</source>
        <translation>模型自己的值：最可能的回答，每次都一样（重新生成仍会变化）。</translation>
    </message>
    <message>
        <source>Some variety, still to the point: the values Qwen recommends for chat.</source>
        <translation>有些变化但仍切题：Qwen 推荐的聊天参数。</translation>
    </message>
    <message>
        <source>More varied and surprising wording; may wander off more often.</source>
        <translation>措辞更多样、更出人意料；也更容易跑题。</translation>
    </message>
    <message>
        <source>sampling: the preset &apos;%1&apos; is unknown (precise, balanced or creative)</source>
        <translation>sampling：预设“%1”未知（precise、balanced 或 creative）</translation>
    </message>
    <message>
        <source>greedy: always the most likely word</source>
        <translation>贪心：总是选最可能的词</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>温度 %1</translation>
    </message>
    <message>
        <source>top-p %1</source>
        <translation>top-p %1</translation>
    </message>
    <message>
        <source>top-p off</source>
        <translation>top-p 关闭</translation>
    </message>
    <message>
        <source>top-k %1</source>
        <translation>top-k %1</translation>
    </message>
    <message>
        <source>top-k off</source>
        <translation>top-k 关闭</translation>
    </message>
    <message>
        <source>min-p %1</source>
        <translation>min-p %1</translation>
    </message>
    <message>
        <source>%1: in effect always the most likely word</source>
        <translation>%1：实际上总是选最可能的词</translation>
    </message>
</context>
<context>
    <name>mdi::ScreenCapture</name>
    <message>
        <source>Capture Screen &amp;Region</source>
        <translation>截取屏幕区域(&amp;R)</translation>
    </message>
    <message>
        <source>Attach a picture of part of the screen (Ctrl+Shift+S)</source>
        <translation>附加屏幕一部分的图片（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>The screen cannot be captured: no screen was found.</source>
        <translation>无法截取屏幕：未找到屏幕。</translation>
    </message>
    <message>
        <source>The screen could not be captured (the system did not hand out its picture). Take a screenshot with your desktop&apos;s tool and paste it (Ctrl+V).</source>
        <translation>无法截取屏幕（系统没有提供画面）。请用桌面自带的工具截图并粘贴（Ctrl+V）。</translation>
    </message>
</context>
<context>
    <name>mdi::ServeCommand</name>
    <message>
        <source>Address to listen on (default 127.0.0.1; 0.0.0.0 exposes the API to the network).</source>
        <translation>要监听的地址（默认为 127.0.0.1；0.0.0.0 会将 API 暴露给网络）。</translation>
    </message>
    <message>
        <source>Port to listen on (default 8080; 0 picks a free one).</source>
        <translation>要监听的端口（默认为 8080；0 表示选择空闲端口）。</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer KEY&quot; on every request (default: the MDI_API_KEY environment variable).</source>
        <translation>要求每个请求都带有 &quot;Authorization: Bearer KEY&quot;（默认: 环境变量 MDI_API_KEY）。</translation>
    </message>
    <message>
        <source>Largest request body in MiB (default 50).</source>
        <translation>请求正文的最大大小，以 MiB 为单位（默认为 50）。</translation>
    </message>
    <message>
        <source>--model DIR is required (see --help)</source>
        <translation>必须指定 --model DIR（参见 --help）</translation>
    </message>
    <message>
        <source>--host takes an IP address such as 127.0.0.1 or ::1, not &apos;%1&apos;</source>
        <translation>--host 需要 IP 地址，例如 127.0.0.1 或 ::1，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-body-mb must be 1..4096 and --max-answers at least 1</source>
        <translation>--max-body-mb 必须为 1..4096，--max-answers 必须至少为 1</translation>
    </message>
    <message>
        <source>warning: listening on %1 without an API key; anyone who can reach this machine can use the model%2</source>
        <translation>警告: 正在 %1 上监听且未设置 API 密钥；任何能访问此机器的人都可以使用模型%2</translation>
    </message>
    <message>
        <source> and read image files on it</source>
        <translation> 并读取其上的图像文件</translation>
    </message>
    <message>
        <source>model %1 loaded (plan %2, %3)</source>
        <translation>模型 %1 已加载（方案 %2，%3）</translation>
    </message>
    <message>
        <source>Answers in progress at once; more requests wait (default 16).</source>
        <translation>同时进行的回答数；更多请求将等待（默认 16）。</translation>
    </message>
    <message>
        <source>Requests waiting for a free answer slot; more get 429 (default 64).</source>
        <translation>等待空闲回答槽位的请求数；超出的请求将收到 429（默认 64）。</translation>
    </message>
    <message>
        <source>Seconds a request waits for a slot before it gets 429 (default 60).</source>
        <translation>请求在收到 429 之前等待槽位的秒数（默认 60）。</translation>
    </message>
    <message>
        <source>Read file:// image URLs from this computer&apos;s disk (off by default: only data: URLs are read).</source>
        <translation>从此计算机的磁盘读取 file:// 图像 URL（默认关闭: 只读取 data: URL）。</translation>
    </message>
    <message>
        <source>Refuse file:// image URLs (the default; overrides --allow-file-urls).</source>
        <translation>拒绝 file:// 图像 URL（默认设置；覆盖 --allow-file-urls）。</translation>
    </message>
    <message>
        <source>Another name requests may use for the model, listed by /v1/models (repeatable).</source>
        <translation>请求可用于该模型的另一个名称，由 /v1/models 列出（可重复指定）。</translation>
    </message>
    <message>
        <source>--max-queue must be at least 0 and --queue-timeout 1..3600</source>
        <translation>--max-queue 必须至少为 0，--queue-timeout 必须为 1..3600</translation>
    </message>
    <message>
        <source>--model-alias needs a name</source>
        <translation>--model-alias 需要一个名称</translation>
    </message>
    <message>
        <source>Serves the model over HTTP: OpenAI-compatible chat completions and responses with images, and Ollama&apos;s API (see docs/API.md).</source>
        <translation>通过 HTTP 提供模型：兼容 OpenAI 的带图像 chat completions 和 responses，以及 Ollama 的 API（见 docs/API.md）。</translation>
    </message>
    <message>
        <source>Let web pages from ORIGIN (such as http://localhost:3000; * for any) call the API: CORS (repeatable; off by default).</source>
        <translation>允许来自 ORIGIN（例如 http://localhost:3000；* 表示全部）的网页调用 API：CORS（可重复；默认关闭）。</translation>
    </message>
    <message>
        <source>Accept requests addressed to NAME (the Host header, such as host.docker.internal) besides localhost (repeatable).</source>
        <translation>除 localhost 外，也接受发往 NAME（Host 头，例如 host.docker.internal）的请求（可重复）。</translation>
    </message>
    <message>
        <source>--cors-origin: %1</source>
        <translation>--cors-origin：%1</translation>
    </message>
    <message>
        <source>--allow-host takes a host name such as host.docker.internal, not &apos;%1&apos;</source>
        <translation>--allow-host 需要主机名，例如 host.docker.internal，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>mdi::SettingsDialog</name>
    <message>
        <source>Model default</source>
        <translation>模型默认值</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <source>Repetition penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <source>Maximum new tokens</source>
        <translation>最大新 token 数</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <source>Folder with config.json and *.safetensors</source>
        <translation>包含 config.json 和 *.safetensors 的文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>Compute precision</source>
        <translation>计算精度</translation>
    </message>
    <message>
        <source>Threads for the computation; Automatic uses the physical cores (%1 logical here).</source>
        <translation>用于计算的线程数；“自动”使用物理核心数（本机有 %1 个逻辑核心）。</translation>
    </message>
    <message>
        <source>Maximum image size in pixels</source>
        <translation>最大图像尺寸（像素）</translation>
    </message>
    <message>
        <source> pixels</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Larger images are scaled down to this many pixels before the model sees them. More pixels show more detail but take more time and context.</source>
        <translation>更大的图像在交给模型之前会被缩小到此像素数。像素越多，细节越丰富，但耗时越长，占用的上下文也越多。</translation>
    </message>
    <message>
        <source>Model &amp;folder:</source>
        <translation>模型文件夹(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T):</translation>
    </message>
    <message>
        <source>Maximum &amp;image size:</source>
        <translation>最大图像尺寸(&amp;I):</translation>
    </message>
    <message>
        <source>Changes to the model, precision, threads or image size reload the model.</source>
        <translation>更改模型、精度、线程数或图像尺寸会重新加载模型。</translation>
    </message>
    <message>
        <source>Default system prompt</source>
        <translation>默认系统提示词</translation>
    </message>
    <message>
        <source>Empty: the model&apos;s own default (&quot;You are a helpful assistant.&quot;)</source>
        <translation>留空: 使用模型自身的默认值（&quot;You are a helpful assistant.&quot;）</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>温度(&amp;E):</translation>
    </message>
    <message>
        <source>Top-&amp;k:</source>
        <translation>Top-k(&amp;K):</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-p(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Min-p:</source>
        <translation>Min-p(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Repetition penalty:</source>
        <translation>重复惩罚(&amp;R):</translation>
    </message>
    <message>
        <source>Maximum &amp;new tokens:</source>
        <translation>最大新 token 数(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>系统提示词(&amp;S):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>回答(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>外观(&amp;P)</translation>
    </message>
    <message>
        <source>Choose the Model Folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Serve the loaded model to programs on this computer</source>
        <translation>向本机上的程序提供已加载的模型(&amp;S)</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>本地 API</translation>
    </message>
    <message>
        <source>Local API port</source>
        <translation>本地 API 端口</translation>
    </message>
    <message>
        <source>Local API key</source>
        <translation>本地 API 密钥</translation>
    </message>
    <message>
        <source>None: every program on this computer may use it</source>
        <translation>无: 本机上的所有程序都可以使用</translation>
    </message>
    <message>
        <source>OpenAI-compatible chat completions with images at http://127.0.0.1:PORT/v1, for scripts and other tools. Only this computer can connect; with a key, requests must send &quot;Authorization: Bearer KEY&quot;.</source>
        <translation>在 http://127.0.0.1:PORT/v1 提供支持图像的 OpenAI 兼容聊天补全，供脚本和其他工具使用。只有本机可以连接；设置密钥后，请求必须发送 &quot;Authorization: Bearer KEY&quot;。</translation>
    </message>
    <message>
        <source>&amp;Local API</source>
        <translation>本地 API(&amp;L)</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>自动（推荐）</translation>
    </message>
    <message>
        <source>Best quality (bf16/f32)</source>
        <translation>最佳质量（bf16/f32）</translation>
    </message>
    <message>
        <source>Balanced (8-bit)</source>
        <translation>均衡（8-bit）</translation>
    </message>
    <message>
        <source>Smallest (4-bit)</source>
        <translation>最小（4-bit）</translation>
    </message>
    <message>
        <source>Automatic picks the fastest weight format that keeps quality on this computer: 8-bit for the language model, the checkpoint&apos;s own precision for the vision tower.</source>
        <translation>“自动”会选择在本机上保持质量的最快权重格式: 语言模型使用 8-bit，视觉塔使用检查点自身的精度。</translation>
    </message>
    <message>
        <source>&quot;Model default&quot; takes the value from the model&apos;s generation_config.json. Setting temperature, top-k, top-p or min-p replaces the model&apos;s values of all four: those left at &quot;Model default&quot; are then 1 or off. The system prompt applies to new conversations.</source>
        <translation>“模型默认”取模型 generation_config.json 中的值。设置温度、top-k、top-p 或 min-p 中任意一项，将替换这四项的模型值：保留为“模型默认”的则为 1 或关闭。系统提示适用于新对话。</translation>
    </message>
    <message>
        <source>The model folder %1 does not exist.</source>
        <translation>模型文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a model folder: %2</source>
        <translation>%1 不是模型文件夹：%2</translation>
    </message>
    <message>
        <source>%1 is not a model folder: it holds no *.safetensors weights.</source>
        <translation>%1 不是模型文件夹：其中没有 *.safetensors 权重。</translation>
    </message>
    <message>
        <source>%1 is not a model folder: it has no tokenizer.json.</source>
        <translation>%1 不是模型文件夹：其中没有 tokenizer.json。</translation>
    </message>
</context>
<context>
    <name>mdi::Sha256Hasher</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 from byte %2.</source>
        <translation>无法从第 %2 字节起读取 %1。</translation>
    </message>
    <message>
        <source>it ends early</source>
        <translation>文件提前结束</translation>
    </message>
</context>
<context>
    <name>mdi::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Message field</source>
        <translation>消息框</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>换行</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
    </message>
</context>
<context>
    <name>mdi::StageLinkBuilder</name>
    <message>
        <source>Layers %1-%2 are planned on the peer %3, but this program cannot reach peers.</source>
        <translation>第 %1-%2 层计划在对等节点 %3 上运行，但此程序无法连接对等节点。</translation>
    </message>
    <message>
        <source>The model is being unloaded.</source>
        <translation>正在卸载模型。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>mdi::StageReadyMessage</name>
    <message>
        <source>[%1, %2) is not a layer range</source>
        <translation>[%1, %2) 不是层范围</translation>
    </message>
    <message>
        <source>a byte count is negative</source>
        <translation>字节数为负数</translation>
    </message>
</context>
<context>
    <name>mdi::StatsMessage</name>
    <message>
        <source>a count is negative</source>
        <translation>计数为负数</translation>
    </message>
</context>
<context>
    <name>mdi::TensorFactory</name>
    <message>
        <source>&apos;%1&apos; is not a compute device (use cpu, cuda, cuda:N or mps).</source>
        <translation>&apos;%1&apos; 不是计算设备（请使用 cpu、cuda、cuda:N 或 mps）。</translation>
    </message>
    <message>
        <source>Missing tensor.</source>
        <translation>缺少张量。</translation>
    </message>
    <message>
        <source>Tensor %1 has the unsupported dtype %2.</source>
        <translation>张量 %1 的 dtype %2 不受支持。</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be read: %2</source>
        <translation>无法读取张量 %1: %2</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be converted for %2 on %3: %4</source>
        <translation>无法为 %3 上的 %2 转换张量 %1: %4</translation>
    </message>
    <message>
        <source>The checkpoint has no tensor %1.</source>
        <translation>检查点中没有张量 %1。</translation>
    </message>
    <message>
        <source>Tensor %1 has shape %2; the configuration implies %3.</source>
        <translation>张量 %1 的形状为 %2，而配置要求为 %3。</translation>
    </message>
    <message>
        <source>The %1 weight format runs on the CPU only, not on &apos;%2&apos; (use bf16 or f32 there).</source>
        <translation>权重格式 %1 只能在 CPU 上运行，不能在 &apos;%2&apos; 上运行（请在该设备上使用 bf16 或 f32）。</translation>
    </message>
    <message>
        <source>Tensor %1 has shape %2; a weight matrix has two or more dimensions.</source>
        <translation>张量 %1 的形状为 %2，而权重矩阵必须有两个或更多维度。</translation>
    </message>
    <message>
        <source>Tensor %1 has the dtype %2; a weight matrix must be F32, BF16 or F16.</source>
        <translation>张量 %1 的 dtype 为 %2；权重矩阵必须为 F32、BF16 或 F16。</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be converted to %2: %3</source>
        <translation>无法将张量 %1 转换为 %2: %3</translation>
    </message>
    <message>
        <source>The model load was cancelled.</source>
        <translation>模型加载已取消。</translation>
    </message>
</context>
<context>
    <name>mdi::TextEmbedding</name>
    <message>
        <source>Token id %1 at position %2 is outside the vocabulary (%3 tokens).</source>
        <translation>位置 %2 处的 token ID %1 超出了词表范围（%3 个 token）。</translation>
    </message>
    <message>
        <source>Embedding failed: %1</source>
        <translation>嵌入失败: %1</translation>
    </message>
    <message>
        <source>The prompt has %1 image tokens but the images give %2 embeddings.</source>
        <translation>提示词中有 %1 个图像 token，但图像产生了 %2 个嵌入。</translation>
    </message>
</context>
<context>
    <name>mdi::TokenizerJsonLoader</name>
    <message>
        <source>has no &apos;model&apos; object</source>
        <translation>没有 &apos;model&apos; 对象</translation>
    </message>
    <message>
        <source>the pre-tokenizer has no ByteLevel step; only byte-level BPE tokenizers are supported</source>
        <translation>预分词器没有 ByteLevel 步骤；仅支持字节级 BPE 分词器</translation>
    </message>
    <message>
        <source>model type &apos;%1&apos; is not supported (only BPE)</source>
        <translation>不支持模型类型 &apos;%1&apos;（仅支持 BPE）</translation>
    </message>
    <message>
        <source>BPE byte_fallback is not supported (only byte-level BPE)</source>
        <translation>不支持 BPE byte_fallback（仅支持字节级 BPE）</translation>
    </message>
    <message>
        <source>BPE subword prefixes/suffixes are not supported (only byte-level BPE)</source>
        <translation>不支持 BPE 子词前缀/后缀（仅支持字节级 BPE）</translation>
    </message>
    <message>
        <source>model.vocab is missing or not an object</source>
        <translation>model.vocab 缺失或不是对象</translation>
    </message>
    <message>
        <source>model.vocab is empty</source>
        <translation>model.vocab 为空</translation>
    </message>
    <message>
        <source>model.vocab entry &apos;%1&apos; has an invalid id</source>
        <translation>model.vocab 条目 &apos;%1&apos; 的 ID 无效</translation>
    </message>
    <message>
        <source>model.vocab entry &apos;%1&apos; is not spelled in the byte-level alphabet</source>
        <translation>model.vocab 条目 &apos;%1&apos; 不是用字节级字母表书写的</translation>
    </message>
    <message>
        <source>model.vocab id %1 is used twice</source>
        <translation>model.vocab ID %1 被使用了两次</translation>
    </message>
    <message>
        <source>model.merges is missing or not an array</source>
        <translation>model.merges 缺失或不是数组</translation>
    </message>
    <message>
        <source>model.merges[%1] &apos;%2&apos; is not two tokens separated by one space</source>
        <translation>model.merges[%1] &apos;%2&apos; 不是以单个空格分隔的两个 token</translation>
    </message>
    <message>
        <source>model.merges[%1] is neither &quot;a b&quot; nor [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>model.merges[%1] 既不是 &quot;a b&quot; 也不是 [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>model.merges[%1] &apos;%2 %3&apos; uses a token that is not in the vocabulary</source>
        <translation>model.merges[%1] &apos;%2 %3&apos; 使用了词表中不存在的 token</translation>
    </message>
    <message>
        <source>model.merges[%1]: the merged token &apos;%2&apos; is not in the vocabulary</source>
        <translation>model.merges[%1]: 合并后的 token &apos;%2&apos; 不在词表中</translation>
    </message>
    <message>
        <source>added_tokens is not an array</source>
        <translation>added_tokens 不是数组</translation>
    </message>
    <message>
        <source>added_tokens[%1] has no valid id</source>
        <translation>added_tokens[%1] 没有有效的 ID</translation>
    </message>
    <message>
        <source>added_tokens[%1] has no content</source>
        <translation>added_tokens[%1] 没有内容</translation>
    </message>
    <message>
        <source>normalizer &apos;%1&apos; is not supported (NFC, NFD, NFKC, NFKD or a Sequence of them)</source>
        <translation>不支持规范化器 &apos;%1&apos;（支持 NFC、NFD、NFKC、NFKD 或它们组成的 Sequence）</translation>
    </message>
    <message>
        <source>%1: the pattern does not compile: %2</source>
        <translation>%1: 无法编译模式: %2</translation>
    </message>
    <message>
        <source>ByteLevel pre-tokenizer</source>
        <translation>ByteLevel 预分词器</translation>
    </message>
    <message>
        <source>Split pre-tokenizer behavior &apos;%1&apos; is not supported (only Isolated)</source>
        <translation>不支持 Split 预分词器行为 &apos;%1&apos;（仅支持 Isolated）</translation>
    </message>
    <message>
        <source>inverted Split pre-tokenizers are not supported</source>
        <translation>不支持反转的 Split 预分词器</translation>
    </message>
    <message>
        <source>Split pre-tokenizer</source>
        <translation>Split 预分词器</translation>
    </message>
    <message>
        <source>Split pre-tokenizer has no Regex or String pattern</source>
        <translation>Split 预分词器没有 Regex 或 String 模式</translation>
    </message>
    <message>
        <source>pre-tokenizer &apos;%1&apos; is not supported (Split, ByteLevel or a Sequence of them)</source>
        <translation>不支持预分词器 &apos;%1&apos;（支持 Split、ByteLevel 或它们组成的 Sequence）</translation>
    </message>
    <message>
        <source>decoder &apos;%1&apos; is not supported (only ByteLevel)</source>
        <translation>不支持解码器 &apos;%1&apos;（仅支持 ByteLevel）</translation>
    </message>
</context>
<context>
    <name>mdi::VisionTower</name>
    <message>
        <source>Invalid image patch grid %1x%2x%3.</source>
        <translation>无效的图像图块网格 %1x%2x%3。</translation>
    </message>
    <message>
        <source>No images were given to the vision tower.</source>
        <translation>未向视觉塔提供任何图像。</translation>
    </message>
    <message>
        <source>Pixel values must be [%1, %2] for the given image grids.</source>
        <translation>对于给定的图像网格，像素值必须为 [%1, %2]。</translation>
    </message>
    <message>
        <source>The vision tower failed: %1</source>
        <translation>视觉塔失败: %1</translation>
    </message>
    <message>
        <source>The image was not read to the end: the answer was stopped.</source>
        <translation>图像未读取完毕: 回答已停止。</translation>
    </message>
</context>
<context>
    <name>mdi::WeightAckMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>超出范围: %1</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>的值 %1 未知</translation>
    </message>
</context>
<context>
    <name>mdi::WeightCache</name>
    <message>
        <source>Cannot create the weight cache folder %1.</source>
        <translation>无法创建权重缓存文件夹 %1。</translation>
    </message>
    <message>
        <source>Tensor %1 has the unknown dtype &apos;%2&apos;.</source>
        <translation>张量 %1 的 dtype &apos;%2&apos; 未知。</translation>
    </message>
    <message>
        <source>Tensor %1: %2 bytes do not fit its shape and dtype.</source>
        <translation>张量 %1: %2 字节与其形状和 dtype 不符。</translation>
    </message>
    <message>
        <source>Tensor %1: a chunk at byte %2, but %3 bytes are held.</source>
        <translation>张量 %1: 收到了位于第 %2 字节的块，但已持有 %3 字节。</translation>
    </message>
    <message>
        <source>Tensor %1: a chunk runs past its %2 bytes.</source>
        <translation>张量 %1: 块超出了其 %2 字节的范围。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into the cache.</source>
        <translation>无法将 %1 移入缓存。</translation>
    </message>
    <message>
        <source>The cached file of tensor %1 does not match it.</source>
        <translation>张量 %1 的缓存文件与其不匹配。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The cached file of tensor %1 changed after it was verified.</source>
        <translation>张量 %1 的缓存文件在验证后发生了更改。</translation>
    </message>
</context>
<context>
    <name>mdi::WeightChunkMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>超出范围: %1</translation>
    </message>
    <message>
        <source>says %1 bytes but %2 follow</source>
        <translation>声明为 %1 字节，但后面有 %2 字节</translation>
    </message>
</context>
<context>
    <name>mdi::WireReader</name>
    <message>
        <source>needs %1 bytes but only %2 are left</source>
        <translation>需要 %1 字节，但只剩 %2 字节</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>不是有限数值</translation>
    </message>
    <message>
        <source>must be 0 or 1, not %1</source>
        <translation>必须为 0 或 1，当前为 %1</translation>
    </message>
    <message>
        <source>is %1 bytes long; at most %2 are allowed</source>
        <translation>长度为 %1 字节；最多允许 %2 字节</translation>
    </message>
    <message>
        <source>is not valid UTF-8</source>
        <translation>不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>包含 NUL 字符</translation>
    </message>
    <message>
        <source>counts %1 elements; at most %2 are allowed</source>
        <translation>计数为 %1 个元素；最多允许 %2 个</translation>
    </message>
    <message>
        <source>counts %1 elements but only %2 bytes are left</source>
        <translation>计数为 %1 个元素，但只剩 %2 字节</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; %2</source>
        <translation>字段 &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the last field</source>
        <translation>最后一个字段之后有 %1 个意外的字节</translation>
    </message>
    <message>
        <source>malformed %1 message: %2</source>
        <translation>格式错误的 %1 消息: %2</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>不是有效的 ID</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>为负数</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>的值 %1 未知</translation>
    </message>
    <message>
        <source>must be between 0 and %1, not %2</source>
        <translation>必须介于 0 和 %1 之间，当前为 %2</translation>
    </message>
    <message>
        <source>is %1 bytes; %2 x %3 %4 values take %5 bytes and %6 bytes are left</source>
        <translation>为 %1 字节；%2 x %3 个 %4 值需要 %5 字节，剩余 %6 字节</translation>
    </message>
    <message>
        <source>%1 rows of hidden states where the entries add up to %2</source>
        <translation>隐藏状态有 %1 行，而条目合计为 %2</translation>
    </message>
    <message>
        <source>must be between 1 and %1, not %2</source>
        <translation>必须介于 1 和 %1 之间，而不是 %2</translation>
    </message>
</context>
</TS>
