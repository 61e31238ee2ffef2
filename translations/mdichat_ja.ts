<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: ファイルが見つかりません (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: file is too large (%2 bytes, limit %3)</source>
        <translation>%1: ファイルが大きすぎます (%2 バイト、上限 %3)</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: オフセット %2 に無効な JSON があります: %3</translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object</source>
        <translation>%1: 最上位が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; %3</source>
        <translation>%1: フィールド &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>がありません</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>は整数である必要があります</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>は数値である必要があります</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>は true または false である必要があります</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>は文字列である必要があります</translation>
    </message>
    <message>
        <source>must be an integer or a list of integers</source>
        <translation>は整数または整数のリストである必要があります</translation>
    </message>
    <message>
        <source>must hold only integers</source>
        <translation>には整数のみを含める必要があります</translation>
    </message>
    <message>
        <source>must be a list of numbers</source>
        <translation>は数値のリストである必要があります</translation>
    </message>
    <message>
        <source>must hold only numbers</source>
        <translation>には数値のみを含める必要があります</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>はオブジェクトである必要があります</translation>
    </message>
</context>
<context>
    <name>LocalStageLink</name>
    <message>
        <source>The stage failed with an unknown exception.</source>
        <translation>ステージが不明な例外で失敗しました。</translation>
    </message>
</context>
<context>
    <name>ProfileLock</name>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>%3 上のプロセス %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SamplingParams</name>
    <message>
        <source>Temperature must be a number of at least 0 (0 picks the most likely token); got %1.</source>
        <translation>温度は 0 以上の数値である必要があります (0 は最も可能性の高いトークンを選びます)。指定値: %1</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number of tokens; got %1.</source>
        <translation>Top-k は 0 (オフ) または正のトークン数である必要があります。指定値: %1</translation>
    </message>
    <message>
        <source>Top-p must be between 0 and 1 (1 turns it off); got %1.</source>
        <translation>Top-p は 0 から 1 の間である必要があります (1 でオフ)。指定値: %1</translation>
    </message>
    <message>
        <source>Min-p must be between 0 (off) and 1; got %1.</source>
        <translation>Min-p は 0 (オフ) から 1 の間である必要があります。指定値: %1</translation>
    </message>
    <message>
        <source>Repetition penalty must be a positive number (1 turns it off); got %1.</source>
        <translation>繰り返しペナルティは正の数値である必要があります (1 でオフ)。指定値: %1</translation>
    </message>
    <message>
        <source>The maximum number of new tokens must be at least 1; got %1.</source>
        <translation>新規トークンの最大数は 1 以上である必要があります。指定値: %1</translation>
    </message>
    <message>
        <source>Stop strings must not be empty.</source>
        <translation>停止文字列を空にすることはできません。</translation>
    </message>
    <message>
        <source>End-of-sequence token ids must not be negative; got %1.</source>
        <translation>シーケンス終了トークンの ID を負の値にすることはできません。指定値: %1</translation>
    </message>
    <message>
        <source>The number of top log-probabilities must be 0 to %1; got %2.</source>
        <translation>上位対数確率の数は 0 から %1 の範囲で指定する必要があります (指定値: %2)。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Cannot listen for other launches on the local socket %1: %2</source>
        <translation>ローカルソケット %1 で他の起動を待ち受けできません: %2</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Layers %1-%2 hold %3 tokens of this conversation, but the next step starts at token %4.</source>
        <translation>レイヤー %1-%2 はこの会話のトークンを %3 個保持していますが、次のステップはトークン %4 から始まります。</translation>
    </message>
    <message>
        <source>Layers %1-%2 received a malformed step: %3 hidden states of width %4 with %5 positions (expected width %6).</source>
        <translation>レイヤー %1-%2 が不正なステップを受け取りました: 幅 %4 の隠れ状態 %3 個と位置 %5 個 (想定される幅は %6)。</translation>
    </message>
    <message>
        <source>Layers %1-%2 received two steps of one conversation at once.</source>
        <translation>レイヤー %1-%2 が 1 つの会話の 2 つのステップを同時に受け取りました。</translation>
    </message>
    <message>
        <source>Decoder layers %1-%2 failed: %3</source>
        <translation>デコーダーレイヤー %1-%2 でエラーが発生しました: %3</translation>
    </message>
</context>
<context>
    <name>WireTensor</name>
    <message>
        <source>Hidden states of %1 x %2 %3 values came with %4 bytes.</source>
        <translation>%1 x %2 の %3 値の隠れ状態が %4 バイトで届きました。</translation>
    </message>
    <message>
        <source>hidden states of the unknown dtype %1</source>
        <translation>不明な dtype %1 の隠れ状態</translation>
    </message>
    <message>
        <source>hidden states of %1 x %2 values, not %3 x %4</source>
        <translation>%1 x %2 値の隠れ状態 (%3 x %4 ではありません)</translation>
    </message>
    <message>
        <source>hidden states of %1 x %2 %3 values in %4 bytes</source>
        <translation>%4 バイトに収められた %1 x %2 の %3 値の隠れ状態</translation>
    </message>
    <message>
        <source>hidden states with NaN or infinite values (%1 of %2)</source>
        <translation>NaN または無限大の値を含む隠れ状態 (%2 個中 %1 個)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MDI Chat peer: serves ranges of model layers to paired MDI Chat coordinators on the LAN.</source>
        <translation>MDI Chat ピア: LAN 上のペアリング済み MDI Chat コーディネーターにモデルレイヤーの範囲を提供します。</translation>
    </message>
    <message>
        <source>MDI Chat: local multimodal chat with Qwen2-VL, on this machine and its peers.</source>
        <translation>MDI Chat: Qwen2-VL によるローカルのマルチモーダルチャット。このマシンとそのピアで実行します。</translation>
    </message>
    <message>
        <source>Use the profile (history, images, settings) in &lt;dir&gt; instead of the default.</source>
        <translation>既定のプロファイルの代わりに &lt;dir&gt; にあるプロファイル (履歴、画像、設定) を使用します。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Render the window with a demo conversation to the PNG &lt;file&gt; and exit (needs no model).</source>
        <translation>デモ会話を表示したウィンドウを PNG ファイル &lt;file&gt; に描画して終了します (モデルは不要)。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Theme for --screenshot: light, dark or system.</source>
        <translation>--screenshot のテーマ: light、dark、system のいずれか。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WIDTHxHEIGHT.</source>
        <translation>--screenshot のウィンドウサイズ (WIDTHxHEIGHT 形式)。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>With --screenshot: show the Peers panel with demo peers and a plan.</source>
        <translation>--screenshot と併用: デモ用のピアとプランを含むピアパネルを表示します。</translation>
    </message>
    <message>
        <source>--size must be at least 400x300, as WIDTHxHEIGHT.</source>
        <translation>--size は 400x300 以上で、WIDTHxHEIGHT 形式で指定する必要があります。</translation>
    </message>
    <message>
        <source>MDI Chat is already running with this profile (%1).

Switch to the open window, or start with --data-dir to use another profile.</source>
        <translation>MDI Chat はこのプロファイル (%1) ですでに実行中です。

開いているウィンドウに切り替えるか、--data-dir を指定して別のプロファイルで起動してください。</translation>
    </message>
    <message>
        <source>MDI Chat</source>
        <translation>MDI Chat</translation>
    </message>
    <message>
        <source>The history cannot be opened:
%1</source>
        <translation>履歴を開けません:
%1</translation>
    </message>
    <message>
        <source>Name shown to coordinators.</source>
        <translation>コーディネーターに表示される名前。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TCP port (0: any free port).</source>
        <translation>TCP ポート (0: 空いている任意のポート)。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Memory offered, in bytes.</source>
        <translation>提供するメモリ (バイト単位)。</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>Folder of the weight cache.</source>
        <translation>重みキャッシュのフォルダー。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Pairing code (default: generated once and remembered).</source>
        <translation>ペアリングコード (既定値: 初回に生成して記憶したもの)。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Intra-op threads per stage (0: all cores).</source>
        <translation>ステージあたりの演算内スレッド数 (0: すべてのコア)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>cpu or cuda.</source>
        <translation>cpu または cuda。</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>A model folder whose tensors are used instead of a transfer when their SHA-256 matches.</source>
        <translation>SHA-256 が一致するテンソルを転送する代わりに使用するモデルフォルダー。</translation>
    </message>
    <message>
        <source>File of the node&apos;s id and pairing code.</source>
        <translation>ノードの ID とペアリングコードを保存するファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Address to listen on (default: all).</source>
        <translation>待ち受けるアドレス (既定値: すべて)。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Do not announce on the LAN.</source>
        <translation>LAN 上に通知しません。</translation>
    </message>
    <message>
        <source>Also announce on 127.0.0.1 (tests, one offline computer).</source>
        <translation>127.0.0.1 でも通知します (テスト用、オフラインのコンピューター 1 台の場合)。</translation>
    </message>
    <message>
        <source>UDP port coordinators listen on for beacons (tests).</source>
        <translation>コーディネーターがビーコンを待ち受ける UDP ポート (テスト用)。</translation>
    </message>
    <message>
        <source>UDP port this node listens on for queries (tests).</source>
        <translation>このノードが問い合わせを待ち受ける UDP ポート (テスト用)。</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port には 0 から 65535 までの数値を指定します。</translation>
    </message>
    <message>
        <source>--max-memory takes a number of bytes.</source>
        <translation>--max-memory にはバイト数を指定します。</translation>
    </message>
    <message>
        <source>--threads takes a number from 0 to 1024.</source>
        <translation>--threads には 0 から 1024 までの数値を指定します。</translation>
    </message>
    <message>
        <source>--device takes cpu or cuda.</source>
        <translation>--device には cpu または cuda を指定します。</translation>
    </message>
    <message>
        <source>--discovery-beacon-port takes a number from 1 to 65535.</source>
        <translation>--discovery-beacon-port には 1 から 65535 までの数値を指定します。</translation>
    </message>
    <message>
        <source>--discovery-query-port takes a number from 1 to 65535.</source>
        <translation>--discovery-query-port には 1 から 65535 までの数値を指定します。</translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation>ピア検出はオフです: %1</translation>
    </message>
    <message>
        <source>describe a checkpoint folder and validate its weights</source>
        <translation>チェックポイントフォルダーの内容を表示し、重みを検証します</translation>
    </message>
    <message>
        <source>write a checkpoint with random weights of a real shape (benchmarks)</source>
        <translation>実際の形状でランダムな重みのチェックポイントを書き出します (ベンチマーク用)</translation>
    </message>
    <message>
        <source>list the Qwen2-VL checkpoints in the Hugging Face cache and model folders</source>
        <translation>Hugging Face キャッシュとモデルフォルダー内の Qwen2-VL チェックポイントを一覧表示します</translation>
    </message>
    <message>
        <source>download a model from the Hugging Face hub, resumably, with hash checks</source>
        <translation>Hugging Face ハブからモデルをダウンロードします (再開可能、ハッシュ検証付き)</translation>
    </message>
    <message>
        <source>serve the model over HTTP: OpenAI-compatible chat completions with images (docs/API.md)</source>
        <translation>HTTP でモデルを提供します: 画像対応の OpenAI 互換チャット補完 (docs/API.md)</translation>
    </message>
    <message>
        <source>Weight format of the layers served here: auto (what the coordinator asks for), best, f32, bf16, q8 or q4.</source>
        <translation>ここで提供するレイヤーの重み形式: auto (コーディネーターの指定どおり)、best、f32、bf16、q8、q4。</translation>
    </message>
    <message>
        <source>DTYPE</source>
        <translation>DTYPE</translation>
    </message>
    <message>
        <source>--dtype takes auto, best, f32, bf16, q8 or q4.</source>
        <translation>--dtype には auto、best、f32、bf16、q8、q4 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Conversations one coordinator may keep cached here; beyond that its least recently used one is dropped.</source>
        <translation>1 つのコーディネーターがここにキャッシュできる会話の数。これを超えると、最も長く使われていない会話が破棄されます。</translation>
    </message>
    <message>
        <source>--max-sessions takes a number from 1 to 100000.</source>
        <translation>--max-sessions には 1 から 100000 までの数値を指定します。</translation>
    </message>
    <message>
        <source>MDI Chat is already running with this profile; its window was brought to the front.</source>
        <translation>MDI Chat はこのプロファイルですでに実行中です。そのウィンドウを前面に表示しました。</translation>
    </message>
</context>
<context>
    <name>mdi::ApiServer</name>
    <message>
        <source>The model was unloaded before the answer finished.</source>
        <translation>回答が完了する前にモデルがアンロードされました。</translation>
    </message>
    <message>
        <source>This server needs an API key: send &quot;Authorization: Bearer KEY&quot;.</source>
        <translation>このサーバーには API キーが必要です: &quot;Authorization: Bearer KEY&quot; を送信してください。</translation>
    </message>
    <message>
        <source>The API key is wrong.</source>
        <translation>API キーが間違っています。</translation>
    </message>
    <message>
        <source>There is no %1 here; see docs/API.md for the endpoints.</source>
        <translation>%1 は存在しません。エンドポイントについては docs/API.md を参照してください。</translation>
    </message>
    <message>
        <source>%1 takes %2 requests.</source>
        <translation>%1 は %2 リクエストのみ受け付けます。</translation>
    </message>
    <message>
        <source>The request body must be JSON, sent with &quot;Content-Type: application/json&quot;.</source>
        <translation>リクエスト本文は JSON で、&quot;Content-Type: application/json&quot; を付けて送信する必要があります。</translation>
    </message>
    <message>
        <source>The model is still loading; try again shortly.</source>
        <translation>モデルはまだ読み込み中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>The model&apos;s configuration cannot be read.</source>
        <translation>モデルの構成を読み取れません。</translation>
    </message>
    <message>
        <source>The answer failed: %1</source>
        <translation>回答に失敗しました: %1</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist here; GET /v1/models lists the one this server has.</source>
        <translation>モデル &apos;%1&apos; はここにはありません。このサーバーのモデルは GET /v1/models で確認できます。</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist here; this server has &apos;%2&apos;.</source>
        <translation>モデル &apos;%1&apos; はここにはありません。このサーバーのモデルは &apos;%2&apos; です。</translation>
    </message>
    <message>
        <source>&apos;n&apos; is %1, more answers than this server runs at once (%2).</source>
        <translation>&apos;n&apos; が %1 です。このサーバーが同時に実行できる回答数 (%2) を超えています。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are in progress and %1 requests are waiting, the most this server holds; try again later.</source>
        <translation>
            <numerusform>%n 件の回答を生成中で、%1 件のリクエストが待機しています。これがこのサーバーの上限です。しばらくしてからもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request waited %1 s for a free slot; try again later.</source>
        <translation>リクエストは空きスロットを %1 秒待ちました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>This server answers only requests addressed to localhost (the Host header names another host; mdi-run serve --allow-host adds names).</source>
        <translation>このサーバーは localhost 宛てのリクエストにのみ応答します（Host ヘッダーが別のホストを指しています。mdi-run serve --allow-host で名前を追加できます）。</translation>
    </message>
    <message>
        <source>Web pages from %1 may not use this server (mdi-run serve --cors-origin names those that may).</source>
        <translation>%1 のウェブページはこのサーバーを使えません（使えるものは mdi-run serve --cors-origin で指定します）。</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; not found; GET /api/tags lists the one this server has</source>
        <translation>モデル &apos;%1&apos; が見つかりません。GET /api/tags でこのサーバーのモデルが分かります</translation>
    </message>
</context>
<context>
    <name>mdi::AppContext</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>プロファイルフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The local API could not start: %1</source>
        <translation>ローカル API を開始できませんでした: %1</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>会話にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>%1 could not take part, so the model runs on this computer alone. The Peers panel (View &gt; Peers) shows which peers are there; Apply and Reload uses them again.</source>
        <translation>%1 を利用できなかったため、モデルはこのコンピューターだけで実行されています。ピアパネル (表示 &gt; ピア) で利用できるピアを確認できます。「適用して再読み込み」で再び使用します。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
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
        <translation>添付画像 %1、%2 ピクセル</translation>
    </message>
    <message>
        <source>%1
%2 pixels</source>
        <translation>%1
%2 ピクセル</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>この画像を削除</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>画像 %1 を削除</translation>
    </message>
</context>
<context>
    <name>mdi::ChatCompletionRequest</name>
    <message>
        <source>messages[%1].role must be a non-empty string</source>
        <translation>messages[%1].role は空でない文字列である必要があります</translation>
    </message>
    <message>
        <source>messages[%1].role &apos;%2&apos; is not supported (system, developer, user or assistant)</source>
        <translation>messages[%1].role &apos;%2&apos; はサポートされていません (system、developer、user、assistant のいずれか)</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>リクエスト本文が有効な JSON ではありません: %1 (オフセット %2)。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>リクエスト本文は JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>&apos;messages&apos; must be a non-empty list of messages</source>
        <translation>&apos;messages&apos; は空でないメッセージのリストである必要があります</translation>
    </message>
    <message>
        <source>messages[%1] must be an object with &quot;role&quot; and &quot;content&quot;</source>
        <translation>messages[%1] は &quot;role&quot; と &quot;content&quot; を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>は 1 から %1 の間である必要があります</translation>
    </message>
    <message>
        <source>must be between 0 and 2</source>
        <translation>は 0 から 2 の間である必要があります</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>は 0 から 1 の間である必要があります</translation>
    </message>
    <message>
        <source>must be 0 (off) or a positive number of tokens</source>
        <translation>は 0 (オフ) または正のトークン数である必要があります</translation>
    </message>
    <message>
        <source>&apos;stop&apos; may hold at most %1 strings</source>
        <translation>&apos;stop&apos; に指定できる文字列は %1 個までです</translation>
    </message>
    <message>
        <source>&apos;stop&apos; must be a string or a list of strings</source>
        <translation>&apos;stop&apos; は文字列または文字列のリストである必要があります</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling) is not supported</source>
        <translation>&apos;tools&apos; (関数呼び出し) はサポートされていません</translation>
    </message>
    <message>
        <source>&apos;chat_template_kwargs&apos; must be an object</source>
        <translation>&apos;chat_template_kwargs&apos; はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>/generate/multimodal gives one answer, not streamed; use /v1/chat/completions for &quot;stream&quot; and &quot;n&quot;</source>
        <translation>/generate/multimodal は 1 つの回答をストリーミングせずに返します。&quot;stream&quot; と &quot;n&quot; を使うには /v1/chat/completions を使用してください</translation>
    </message>
    <message>
        <source>&apos;n&apos; must be between 1 and %1</source>
        <translation>&apos;n&apos; は 1 から %1 の間である必要があります</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>画像 %1: %2</translation>
    </message>
    <message>
        <source>image %1: &apos;%2...&apos; must be a data: URL (data:image/png;base64,...); other URLs are not downloaded</source>
        <translation>画像 %1: &apos;%2...&apos; は data: URL (data:image/png;base64,...) である必要があります。その他の URL はダウンロードされません</translation>
    </message>
    <message>
        <source>The request has %1 images; this server takes at most %2 per request.</source>
        <translation>リクエストに画像が %1 個あります。このサーバーが受け付けるのは 1 リクエストあたり %2 個までです。</translation>
    </message>
    <message>
        <source>must be an integer (64-bit)</source>
        <translation>は整数 (64 ビット) である必要があります</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>は 0 から %1 の間である必要があります</translation>
    </message>
    <message>
        <source>needs &quot;logprobs&quot;: true</source>
        <translation>には &quot;logprobs&quot;: true が必要です</translation>
    </message>
    <message>
        <source>image %1: the file:// URL was refused: this server reads image files only when started with --allow-file-urls, from an absolute path to a readable image; send the image as a data: URL</source>
        <translation>画像 %1: file:// URL は拒否されました。このサーバーが画像ファイルを読み込むのは --allow-file-urls 付きで起動された場合のみで、読み取り可能な画像への絶対パスに限ります。画像は data: URL で送信してください</translation>
    </message>
    <message>
        <source>image %1: the images before it already hold %2 megapixels, the most this server decodes for one request</source>
        <translation>画像 %1: それより前の画像ですでに %2 メガピクセルに達しています。これがこのサーバーが 1 リクエストでデコードする上限です</translation>
    </message>
    <message>
        <source>image %1: %2 (this server decodes at most %3 megapixels of images per request)</source>
        <translation>画像 %1: %2 (このサーバーがデコードする画像は 1 リクエストあたり %3 メガピクセルまでです)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object with a &quot;type&quot;</source>
        <translation>&apos;%1&apos; は &quot;type&quot; を持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; type &apos;%2&apos; is not supported (text, json_object or json_schema)</source>
        <translation>&apos;%1&apos; の型 &apos;%2&apos; はサポートされていません（text、json_object、json_schema）</translation>
    </message>
    <message>
        <source>&apos;%1.json_schema&apos; must be an object with the &quot;schema&quot;</source>
        <translation>&apos;%1.json_schema&apos; は &quot;schema&quot; を持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a JSON schema (an object)</source>
        <translation>&apos;%1&apos; は JSON スキーマ（オブジェクト）でなければなりません</translation>
    </message>
    <message>
        <source>the shortest answer valid for %1 has %2 bytes, more than the token limit (%3) can be sure to hold; raise the token limit</source>
        <translation>%1 に有効な最短の回答は %2 バイトで、トークン上限（%3）で確実に収まる量を超えています。トークン上限を増やしてください</translation>
    </message>
</context>
<context>
    <name>mdi::ChatController</name>
    <message>
        <source>The model is still loading; send again in a moment.</source>
        <translation>モデルを読み込み中です。しばらくしてからもう一度送信してください。</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>画像: %1</translation>
    </message>
    <message>
        <source>Type a message or add an image first.</source>
        <translation>先にメッセージを入力するか、画像を追加してください。</translation>
    </message>
    <message>
        <source>An answer is still being written; stop it first.</source>
        <translation>回答を生成中です。先に停止してください。</translation>
    </message>
    <message>
        <source>Only an answer to a question can be regenerated.</source>
        <translation>再生成できるのは質問への回答だけです。</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>編集できるのは自分のメッセージだけです。</translation>
    </message>
    <message>
        <source>The edited message is empty.</source>
        <translation>編集したメッセージが空です。</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>回答を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>No model is loaded. Choose or download one in File &gt; Models…</source>
        <translation>モデルが読み込まれていません。「ファイル &gt; モデル…」で選ぶかダウンロードしてください。</translation>
    </message>
    <message>
        <source>The message could not be deleted: %1</source>
        <translation>メッセージを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>The other answer could not be shown: %1</source>
        <translation>別の回答を表示できませんでした: %1</translation>
    </message>
    <message>
        <source>The conversation could not be deleted: %1</source>
        <translation>会話を削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Only an answer that was stopped or cut short can be continued.</source>
        <translation>続きを書けるのは、停止したか途中で切れた回答だけです。</translation>
    </message>
    <message>
        <source>Only the last answer of a conversation can be continued; this one has replies.</source>
        <translation>続きを書けるのは会話の最後の回答だけです。この回答の後にはメッセージがあります。</translation>
    </message>
    <message>
        <source>This answer is still being written; stop it first.</source>
        <translation>この回答はまだ書かれている途中です。先に停止してください。</translation>
    </message>
    <message>
        <source>The message could not be shown: %1</source>
        <translation>メッセージを表示できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1（分岐）</translation>
    </message>
</context>
<context>
    <name>mdi::ChatTemplate</name>
    <message>
        <source>message %1: must be an object with &quot;role&quot; and &quot;content&quot;</source>
        <translation>メッセージ %1: &quot;role&quot; と &quot;content&quot; を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>message %1: &quot;role&quot; must be a non-empty string</source>
        <translation>メッセージ %1: &quot;role&quot; は空でない文字列である必要があります</translation>
    </message>
    <message>
        <source>message %1: &quot;content&quot; must be a string or a list of parts</source>
        <translation>メッセージ %1: &quot;content&quot; は文字列またはパートのリストである必要があります</translation>
    </message>
    <message>
        <source>image %1 has %2 tokens; it must have at least one</source>
        <translation>画像 %1 のトークンは %2 個です。1 個以上必要です</translation>
    </message>
    <message>
        <source>message %1, part %2</source>
        <translation>メッセージ %1、パート %2</translation>
    </message>
    <message>
        <source>%1: a content part must be an object</source>
        <translation>%1: コンテンツパートはオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1: an image part needs a non-empty &quot;image&quot; or &quot;image_url&quot; reference</source>
        <translation>%1: 画像パートには空でない &quot;image&quot; または &quot;image_url&quot; 参照が必要です</translation>
    </message>
    <message>
        <source>%1: video input is not supported</source>
        <translation>%1: 動画入力はサポートされていません</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; must be a string</source>
        <translation>%1: &quot;text&quot; は文字列である必要があります</translation>
    </message>
    <message>
        <source>%1: unknown part type &apos;%2&apos;</source>
        <translation>%1: 不明なパートタイプ &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: a text part needs a &quot;text&quot; string</source>
        <translation>%1: テキストパートには &quot;text&quot; 文字列が必要です</translation>
    </message>
    <message>
        <source>%1: the part has no &quot;type&quot;, &quot;text&quot; or &quot;image&quot;</source>
        <translation>%1: パートに &quot;type&quot;、&quot;text&quot;、&quot;image&quot; のいずれもありません</translation>
    </message>
    <message>
        <source>the prompt has %1 but %2 were given</source>
        <translation>プロンプトには %1 がありますが、%2 が指定されました</translation>
    </message>
    <message numerus="yes">
        <source>%n image placeholder(s)</source>
        <translation>
            <numerusform>画像プレースホルダー %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>画像 %n 枚</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Drop an image here or type a question below to start.</source>
        <translation>画像をここにドロップするか、下に質問を入力して始めましょう。</translation>
    </message>
</context>
<context>
    <name>mdi::Checkpoint</name>
    <message>
        <source>%1 and %2 are both present; %1 is used, as transformers does</source>
        <translation>%1 と %2 の両方があります。transformers と同様に %1 を使用します</translation>
    </message>
    <message>
        <source>%1: field &apos;weight_map&apos; is missing or not an object</source>
        <translation>%1: フィールド &apos;weight_map&apos; がないか、オブジェクトではありません</translation>
    </message>
    <message>
        <source>%1: &apos;weight_map&apos; lists no tensors</source>
        <translation>%1: &apos;weight_map&apos; にテンソルが 1 つもありません</translation>
    </message>
    <message>
        <source>%1: tensor %2 maps to %3, which is not a file name in the checkpoint folder</source>
        <translation>%1: テンソル %2 は %3 に対応付けられていますが、これはチェックポイントフォルダー内のファイル名ではありません</translation>
    </message>
    <message>
        <source>%1: names shard %2, which is not in %3</source>
        <translation>%1: シャード %2 を指定していますが、%3 にはありません</translation>
    </message>
    <message>
        <source>%1: tensor %2 is listed in shard %3, which does not contain it</source>
        <translation>%1: テンソル %2 はシャード %3 に記載されていますが、そのシャードには含まれていません</translation>
    </message>
    <message>
        <source>%1: tensor %2 is not listed in %3</source>
        <translation>%1: テンソル %2 が %3 に記載されていません</translation>
    </message>
    <message>
        <source>%1: tensor %2 is listed in %3 under shard %4</source>
        <translation>%1: テンソル %2 は %3 でシャード %4 に記載されています</translation>
    </message>
    <message>
        <source>%1: the index and the shards disagree:
  %2</source>
        <translation>%1: インデックスとシャードが一致しません:
  %2</translation>
    </message>
    <message>
        <source>%1: metadata.total_size is %2 but the shards hold %3 bytes of tensors</source>
        <translation>%1: metadata.total_size は %2 ですが、シャード内のテンソルは %3 バイトです</translation>
    </message>
    <message>
        <source>tensor %1 is stored twice: as %2 in %3 and as %4 in %5</source>
        <translation>テンソル %1 が 2 回格納されています: %3 内の %2 と %5 内の %4</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, the config implies %4</source>
        <translation>%1: テンソル %2 の形状は %3 ですが、構成からは %4 になるはずです</translation>
    </message>
    <message>
        <source>%1: tensor %2 has dtype %3; weights must be F32, F16 or BF16</source>
        <translation>%1: テンソル %2 の dtype は %3 です。重みは F32、F16、BF16 のいずれかである必要があります</translation>
    </message>
    <message>
        <source>%1: holds %2 although config.json ties the head to the embedding; it is ignored</source>
        <translation>%1: config.json でヘッドが埋め込みに結び付けられているにもかかわらず %2 を含んでいます。これは無視されます</translation>
    </message>
    <message>
        <source>%1: holds the rotary buffer %2, which is ignored</source>
        <translation>%1: ロータリーバッファー %2 を含んでいますが、これは無視されます</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 内の %1</translation>
    </message>
    <message>
        <source>missing (%1): %2</source>
        <translation>不足 (%1): %2</translation>
    </message>
    <message>
        <source>unexpected (%1): %2</source>
        <translation>想定外 (%1): %2</translation>
    </message>
    <message>
        <source>%1: the weights do not match config.json:
  %2</source>
        <translation>%1: 重みが config.json と一致しません:
  %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no weights found: neither %2 nor %3 is there</source>
        <translation>%1: 重みが見つかりません: %2 も %3 もありません</translation>
    </message>
    <message>
        <source> (found %1 without the index that says which tensors they hold)</source>
        <translation> (%1 が見つかりましたが、どのテンソルを含むかを示すインデックスがありません)</translation>
    </message>
    <message>
        <source> (found PyTorch weights %1; MDI Chat reads only safetensors: convert them first)</source>
        <translation> (PyTorch の重み %1 が見つかりました。MDI Chat は safetensors のみを読み込みます: 先に変換してください)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) missing from their shards</source>
        <translation>
            <numerusform>... ほか %n 個のテンソルがシャードにありません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) missing from the index</source>
        <translation>
            <numerusform>... ほか %n 個のテンソルがインデックスにありません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) with a wrong shape</source>
        <translation>
            <numerusform>... ほか %n 個のテンソルの形状が間違っています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) with a non-float dtype</source>
        <translation>
            <numerusform>... ほか %n 個のテンソルの dtype が浮動小数点ではありません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) stored twice</source>
        <translation>
            <numerusform>... ほか %n 個のテンソルが 2 回格納されています</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::CodeBlockView</name>
    <message>
        <source>Code block</source>
        <translation>コードブロック</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>コードをコピーします</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードのコピー</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>mdi::Composer</name>
    <message>
        <source>Message composer</source>
        <translation>メッセージ入力欄</translation>
    </message>
    <message>
        <source>Ask about an image, or anything else. Enter sends, Shift+Enter starts a new line; drop or paste images.</source>
        <translation>画像について、または何でも質問してください。Enter で送信、Shift+Enter で改行します。画像はドロップまたは貼り付けできます。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Attach images (you can also drop or paste them)</source>
        <translation>画像を添付します (ドロップや貼り付けでも追加できます)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>画像を添付</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <source>%1 is already attached.</source>
        <translation>%1 は既に添付されています。</translation>
    </message>
    <message>
        <source>Images cannot be added: the history folder is not available.</source>
        <translation>画像を追加できません: 履歴フォルダーを使用できません。</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>追加されませんでした: %1</translation>
    </message>
    <message>
        <source>The pasted image was not added: %1</source>
        <translation>貼り付けた画像は追加されませんでした: %1</translation>
    </message>
    <message>
        <source>Attach Images</source>
        <translation>画像の添付</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>画像 (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what was written so far is kept</source>
        <translation>回答を停止します (Esc)。それまでに書かれた内容は保持されます</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>生成を停止</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>メッセージを送信します (Enter)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>Images and PDFs (%1);;All files (*)</source>
        <translation>画像と PDF (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Not added: %1: even its first page needs about %2 image tokens, more than the model&apos;s context of %3 tokens leaves for it.</source>
        <translation>追加されませんでした: %1: 最初のページだけで約 %2 画像トークンが必要で、モデルのコンテキスト（%3 トークン）に収まりません。</translation>
    </message>
    <message>
        <source>%1 has %2 pages; pages 1–%3 are attached, as many as one message for this model takes. Change the range on its chip to read others.</source>
        <translation>%1 は %2 ページあります。このモデルへの 1 通のメッセージに収まる 1–%3 ページを添付しました。ほかのページを読むにはチップの範囲を変えてください。</translation>
    </message>
    <message>
        <source>Pages %1–%2 of %3 are %4 pages; one message takes at most %5. Choose fewer pages.</source>
        <translation>%3 の %1–%2 ページは %4 ページあります。1 通のメッセージは最大 %5 ページです。ページを減らしてください。</translation>
    </message>
    <message>
        <source>Pages %1–%2 of %3 need about %4 image tokens; the model&apos;s context of %5 tokens leaves room for about %6 here. Choose fewer pages.</source>
        <translation>%3 の %1–%2 ページには約 %4 画像トークンが必要ですが、モデルのコンテキスト（%5 トークン）でここに使えるのは約 %6 です。ページを減らしてください。</translation>
    </message>
    <message>
        <source>Not added: %1, page %2: %3</source>
        <translation>追加されませんでした: %1、%2 ページ: %3</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationActions</name>
    <message>
        <source>Sampling and System &amp;Prompt…</source>
        <translation>サンプリングとシステムプロンプト(&amp;P)…</translation>
    </message>
    <message>
        <source>How this conversation&apos;s answers choose their words, and its own system prompt</source>
        <translation>この会話の回答が言葉を選ぶ方法と、この会話専用のシステムプロンプト</translation>
    </message>
    <message>
        <source>C&amp;ontinue Answer</source>
        <translation>回答の続きを書く(&amp;O)</translation>
    </message>
    <message>
        <source>Continue writing the last answer where it stopped</source>
        <translation>最後の回答を止まったところから書き続けます</translation>
    </message>
    <message>
        <source>&amp;Fork Conversation</source>
        <translation>会話を分岐(&amp;F)</translation>
    </message>
    <message>
        <source>Start a new conversation with the messages so far</source>
        <translation>ここまでのメッセージで新しい会話を始めます</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationExporter</name>
    <message>
        <source>Untitled conversation</source>
        <translation>無題の会話</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>(stopped before the end)</source>
        <translation>(最後まで生成される前に停止)</translation>
    </message>
    <message>
        <source>(the answer failed)</source>
        <translation>(回答に失敗)</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(未完了)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: ファイルが見つかりません (%2)</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: ファイルではありません</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; at most %3 MB can be imported</source>
        <translation>%1: ファイルサイズは %2 MB です。インポートできるのは %3 MB までです</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1: 有効な JSON ではありません (バイト %3 で %2)</translation>
    </message>
    <message>
        <source>%1: not an MDI Chat conversation (the JSON is not an object)</source>
        <translation>%1: MDI Chat の会話ではありません (JSON がオブジェクトではありません)</translation>
    </message>
    <message>
        <source>%1: not an MDI Chat conversation (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1: MDI Chat の会話ではありません (&quot;format&quot; が &quot;%2&quot; ではありません)</translation>
    </message>
    <message>
        <source>%1: written by a newer version of MDI Chat (format version %2; this version reads up to %3)</source>
        <translation>%1: 新しいバージョンの MDI Chat で作成されています (フォーマットバージョン %2。このバージョンが読み込めるのは %3 までです)</translation>
    </message>
    <message>
        <source>%1 images; at most %2 are allowed</source>
        <translation>画像が %1 枚あります。許可されるのは %2 枚までです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 digest (64 lower-case hex digits)</source>
        <translation>&quot;%1&quot; は SHA-256 ダイジェスト (小文字の 16 進数 64 桁) ではありません</translation>
    </message>
    <message>
        <source>must be an object with a base64 &quot;data&quot; string</source>
        <translation>base64 の &quot;data&quot; 文字列を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>メッセージ %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&quot;state&quot; must be complete, streaming, stopped or failed; got &quot;%1&quot;</source>
        <translation>&quot;state&quot; は complete、streaming、stopped、failed のいずれかである必要があります。指定値: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>each image must be an object</source>
        <translation>各画像はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>the image %1 is not in the file&apos;s &quot;images&quot;</source>
        <translation>画像 %1 がファイルの &quot;images&quot; にありません</translation>
    </message>
    <message>
        <source>%1: the image %2 is not valid base64</source>
        <translation>%1: 画像 %2 は有効な base64 ではありません</translation>
    </message>
    <message>
        <source>%1: the image %2 does not match its SHA-256 digest (the file is damaged)</source>
        <translation>%1: 画像 %2 が SHA-256 ダイジェストと一致しません (ファイルが破損しています)</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: ファイルに書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: the image file is missing from %2</source>
        <translation>%1: 画像ファイルが %2 にありません</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 を読み取れません: %3</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationSettingsDialog</name>
    <message>
        <source>New Chat Settings</source>
        <translation>新しいチャットの設定</translation>
    </message>
    <message>
        <source>Conversation Settings</source>
        <translation>会話の設定</translation>
    </message>
    <message>
        <source>How answers choose their words</source>
        <translation>回答の言葉の選び方</translation>
    </message>
    <message>
        <source>&amp;System prompt for this conversation</source>
        <translation>この会話のシステムプロンプト(&amp;S)</translation>
    </message>
    <message>
        <source>Instructions the model reads before every message of this conversation, for example &quot;Answer in German&quot; or &quot;You are a careful proofreader&quot;. Empty: none.</source>
        <translation>この会話のすべてのメッセージの前にモデルが読む指示です。例:「ドイツ語で答えて」「あなたは丁寧な校正者です」。空欄: なし。</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationSidebar</name>
    <message>
        <source>&amp;Rename</source>
        <translation>名前の変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Markdown としてエクスポート(&amp;M)…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>JSON としてエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>新しい会話を開始します</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>新しい会話を開始します (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Finds conversations whose messages or title contain every word (Ctrl+F)</source>
        <translation>メッセージまたはタイトルにすべての単語を含む会話を検索します (Ctrl+F)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>%1
Last message: %2</source>
        <translation>%1
最後のメッセージ: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) match the search</source>
        <translation>
            <numerusform>検索に一致する会話: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation matches the search.</source>
        <translation>検索に一致する会話はありません。</translation>
    </message>
    <message>
        <source>&amp;Pin to Top</source>
        <translation>上部に固定(&amp;P)</translation>
    </message>
    <message>
        <source>Writing an answer…</source>
        <translation>回答を作成中…</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>固定済み</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>それ以前</translation>
    </message>
</context>
<context>
    <name>mdi::CorsPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a web origin: give scheme, host and port as the browser shows them, such as http://localhost:3000</source>
        <translation>&apos;%1&apos; はウェブのオリジンではありません。ブラウザーが示すとおりにスキーム、ホスト、ポートを指定してください（例: http://localhost:3000）</translation>
    </message>
</context>
<context>
    <name>mdi::DecoderLayers</name>
    <message numerus="yes">
        <source>Layer range %1-%2 is not inside the model&apos;s %n layer(s).</source>
        <translation>
            <numerusform>レイヤー範囲 %1-%2 はモデルの %n 個のレイヤーの範囲内にありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden states must be [n, %1].</source>
        <translation>隠れ状態は [n, %1] である必要があります。</translation>
    </message>
    <message>
        <source>%1 hidden states came with %2 positions.</source>
        <translation>%1 個の隠れ状態に対して位置が %2 個あります。</translation>
    </message>
    <message numerus="yes">
        <source>The KV cache holds %n layer(s); this stage has %1.</source>
        <translation>
            <numerusform>KV キャッシュには %n 個のレイヤーがありますが、このステージには %1 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoder layers %1-%2 failed: %3</source>
        <translation>デコーダーレイヤー %1-%2 でエラーが発生しました: %3</translation>
    </message>
</context>
<context>
    <name>mdi::DemoScreenshot</name>
    <message>
        <source>Sunset over the lake</source>
        <translation>湖に沈む夕日</translation>
    </message>
    <message>
        <source>What time of day is it in this picture? And how could I draw the sun&apos;s glow with QPainter?</source>
        <translation>この写真は一日のうちのいつ頃ですか? また、QPainter で太陽の輝きを描くにはどうすればよいですか?</translation>
    </message>
    <message>
        <source>Evening, shortly before sunset.</source>
        <translation>夕方、日没の少し前です。</translation>
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
        <translation>**日没** (またはその直前) です。太陽は丘の上の低い位置にあり、空は深い青から*オレンジ*へと移り変わり、その光が湖面に映っています。

柔らかな輝きは、透明へとフェードする `QRadialGradient` で表現できます:

```cpp
QRadialGradient glow(centre, 70);
glow.setColorAt(0.0, QColor(255, 244, 201));
glow.setColorAt(1.0, QColor(255, 211, 110, 0)); // transparent edge
painter.setBrush(glow);
painter.drawEllipse(centre, 70, 70);
```

丘で下半分が隠れるように、丘**より先に**描いてください。</translation>
    </message>
    <message>
        <source>Make the sky a little darker</source>
        <translation>空をもう少し暗くして</translation>
    </message>
    <message>
        <source>12.4 tokens/s</source>
        <translation>12.4 トークン/秒</translation>
    </message>
    <message>
        <source>Context 449 / 32,768</source>
        <translation>コンテキスト 449 / 32,768</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>一時フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Sorting a list of tuples in Python</source>
        <translation>Python でタプルのリストを並べ替える</translation>
    </message>
    <message>
        <source>Recipe ideas for leftover rice</source>
        <translation>残りご飯を使ったレシピのアイデア</translation>
    </message>
    <message>
        <source>Layers 0–28 on this computer</source>
        <translation>このコンピューターでレイヤー 0–28</translation>
    </message>
    <message>
        <source>27.1 tokens/s</source>
        <translation>27.1 トークン/秒</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoverCommand</name>
    <message>
        <source>Lists the MDI Chat nodes (mdi-node) on the local network.</source>
        <translation>ローカルネットワーク上の MDI Chat ノード (mdi-node) を一覧表示します。</translation>
    </message>
    <message>
        <source>List peers.</source>
        <translation>ピアを一覧表示します。</translation>
    </message>
    <message>
        <source>Seconds to listen (default 3).</source>
        <translation>待ち受ける秒数 (既定値: 3)。</translation>
    </message>
    <message>
        <source>Also listen and ask on 127.0.0.1.</source>
        <translation>127.0.0.1 でも待ち受けと問い合わせを行います。</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>JSON 配列を出力します。</translation>
    </message>
    <message>
        <source>UDP port to listen on for beacons.</source>
        <translation>ビーコンを待ち受ける UDP ポート。</translation>
    </message>
    <message>
        <source>UDP port nodes take queries on.</source>
        <translation>ノードが問い合わせを受け付ける UDP ポート。</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 0 to 3600.</source>
        <translation>--timeout には 0 から 3600 までの秒数を指定します。</translation>
    </message>
    <message>
        <source>--beacon-port and --query-port take numbers from 1 to 65535.</source>
        <translation>--beacon-port と --query-port には 1 から 65535 までの数値を指定します。</translation>
    </message>
    <message>
        <source>No nodes answered.</source>
        <translation>応答したノードはありません。</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoveryBeacon</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; は有効なノード ID ではありません。</translation>
    </message>
    <message>
        <source>A beacon needs the node&apos;s TCP port.</source>
        <translation>ビーコンにはノードの TCP ポートが必要です。</translation>
    </message>
    <message>
        <source>The beacon takes %1 bytes; at most %2 are allowed.</source>
        <translation>ビーコンのサイズは %1 バイトです。許可されるのは %2 バイトまでです。</translation>
    </message>
    <message>
        <source>a beacon of %1 bytes is larger than %2</source>
        <translation>%1 バイトのビーコンは %2 を超えています</translation>
    </message>
    <message>
        <source>not an MDI beacon</source>
        <translation>MDI ビーコンではありません</translation>
    </message>
    <message>
        <source>is 0</source>
        <translation>が 0 です</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>に不明な値 %1 があります</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>は有効な ID ではありません</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>が負の値です</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>が範囲外です</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>に制御文字が含まれています</translation>
    </message>
    <message>
        <source>malformed beacon: %1</source>
        <translation>不正なビーコン: %1</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoveryService</name>
    <message>
        <source>Cannot listen for peer discovery on UDP port %1: %2</source>
        <translation>UDP ポート %1 でピア検出を待ち受けできません: %2</translation>
    </message>
</context>
<context>
    <name>mdi::DownloadCommand</name>
    <message>
        <source>  %1 left</source>
        <translation>  残り %1</translation>
    </message>
    <message>
        <source>Downloads a model from the Hugging Face hub into its cache, resumably, verifying every file&apos;s hash.</source>
        <translation>Hugging Face ハブからモデルをキャッシュにダウンロードします。ダウンロードは再開可能で、すべてのファイルのハッシュを検証します。</translation>
    </message>
    <message>
        <source>Repository, e.g. Qwen/Qwen2-VL-2B-Instruct.</source>
        <translation>リポジトリ (例: Qwen/Qwen2-VL-2B-Instruct)。</translation>
    </message>
    <message>
        <source>Branch, tag or commit (default main).</source>
        <translation>ブランチ、タグ、またはコミット (既定値: main)。</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>The hub cache folder to download into (default: %1).</source>
        <translation>ダウンロード先のハブキャッシュフォルダー (既定値: %1)。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The hub or a mirror (default: the app&apos;s setting, %1).</source>
        <translation>ハブまたはミラー (既定値: アプリの設定、%1)。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Seconds without data before giving up (default 30).</source>
        <translation>データを受信できないまま中止するまでの秒数 (既定値: 30)。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--timeout: give a number of seconds above 0
</source>
        <translation>--timeout: 0 より大きい秒数を指定してください
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>エラー: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n file(s), %3
</source>
        <translation>
            <numerusform>%1 (%2): ファイル %n 個、%3
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::Engine</name>
    <message>
        <source>No model is loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
</context>
<context>
    <name>mdi::EngineArguments</name>
    <message>
        <source>--%1 needs a number in range, not &apos;%2&apos;</source>
        <translation>--%1 には範囲内の数値が必要です (&apos;%2&apos; は無効です)</translation>
    </message>
    <message>
        <source>Checkpoint folder (Hugging Face layout).</source>
        <translation>チェックポイントフォルダー (Hugging Face のレイアウト)。</translation>
    </message>
    <message>
        <source>Compute threads (default: physical cores).</source>
        <translation>計算スレッド数 (既定値: 物理コア数)。</translation>
    </message>
    <message>
        <source>Largest image area in pixels after resizing (default: the model&apos;s).</source>
        <translation>リサイズ後の最大画像面積 (ピクセル数) (既定値: モデルの値)。</translation>
    </message>
    <message>
        <source>Split the decoder layers across N local stages (worker threads).</source>
        <translation>デコーダーレイヤーを N 個のローカルステージ (ワーカースレッド) に分割します。</translation>
    </message>
    <message>
        <source>Explicit layer ranges, one local stage each, e.g. &quot;0-9,9-19,19-28&quot;.</source>
        <translation>明示的なレイヤー範囲。範囲ごとに 1 つのローカルステージ (例: &quot;0-9,9-19,19-28&quot;)。</translation>
    </message>
    <message>
        <source>Compute threads per stage (default: cores / stages).</source>
        <translation>ステージあたりの計算スレッド数 (既定値: コア数 / ステージ数)。</translation>
    </message>
    <message>
        <source>An mdi-node to run stages on (repeatable): with K peers the last K stages of the plan run on them, in order (default: --stages K).</source>
        <translation>ステージを実行する mdi-node (複数指定可): K 個のピアを指定すると、プランの最後の K 個のステージが順にそれらで実行されます (既定値: --stages K)。</translation>
    </message>
    <message>
        <source>The pairing code of the peers (one per --peer, or one for all).</source>
        <translation>ピアのペアリングコード (--peer ごとに 1 つ、またはすべてに共通で 1 つ)。</translation>
    </message>
    <message>
        <source>--stages must be at least 1</source>
        <translation>--stages は 1 以上である必要があります</translation>
    </message>
    <message>
        <source>Give one --pairing-code for all peers or one per --peer.</source>
        <translation>--pairing-code はすべてのピアに 1 つ、または --peer ごとに 1 つ指定してください。</translation>
    </message>
    <message>
        <source>--peer takes HOST:PORT, not &apos;%1&apos;.</source>
        <translation>--peer には HOST:PORT を指定します (&apos;%1&apos; は無効です)。</translation>
    </message>
    <message>
        <source>Weight precision: auto (default: the fastest that keeps quality on this CPU), best (the checkpoint&apos;s own), f32, bf16, q8 (8-bit) or q4 (4-bit).</source>
        <translation>重みの精度: auto (既定値: この CPU で品質を保てる最速の精度)、best (チェックポイント本来の精度)、f32、bf16、q8 (8-bit)、q4 (4-bit) のいずれか。</translation>
    </message>
    <message>
        <source>--dtype must be one of %1, not &apos;%2&apos;</source>
        <translation>--dtype には %1 のいずれかを指定します (&apos;%2&apos; は無効です)</translation>
    </message>
    <message>
        <source>Answers decoded together in one pass through the weights (default 8; 1: one at a time).</source>
        <translation>重みを 1 回通す間にまとめてデコードする回答の数 (既定値 8、1: 1 つずつ)。</translation>
    </message>
    <message>
        <source>Prompt tokens read per pass (default 256; fewer while other answers decode).</source>
        <translation>1 回のパスで読み込むプロンプトのトークン数 (既定値 256、他の回答をデコード中は少なくなります)。</translation>
    </message>
    <message>
        <source>--max-batch must be between 1 and 256</source>
        <translation>--max-batch は 1 から 256 の間である必要があります</translation>
    </message>
    <message>
        <source>--prefill-chunk must be at least 1</source>
        <translation>--prefill-chunk は 1 以上である必要があります</translation>
    </message>
</context>
<context>
    <name>mdi::ForwardBatchMessage</name>
    <message>
        <source>a ForwardBatch needs at least one entry</source>
        <translation>ForwardBatch には少なくとも 1 つのエントリが必要です</translation>
    </message>
    <message>
        <source>an entry needs at least one token</source>
        <translation>エントリには少なくとも 1 つのトークンが必要です</translation>
    </message>
    <message>
        <source>session %1 appears twice</source>
        <translation>セッション %1 が 2 回現れます</translation>
    </message>
    <message>
        <source>the entries hold more than %1 tokens</source>
        <translation>エントリのトークンが %1 を超えています</translation>
    </message>
</context>
<context>
    <name>mdi::ForwardMessage</name>
    <message>
        <source>a Forward needs at least one token</source>
        <translation>Forward には 1 個以上のトークンが必要です</translation>
    </message>
    <message>
        <source>%1 rows of hidden states for %2 tokens</source>
        <translation>%2 トークンに対して隠れ状態が %1 行あります</translation>
    </message>
    <message>
        <source>hidden states need at least one column</source>
        <translation>隠れ状態には 1 列以上が必要です</translation>
    </message>
</context>
<context>
    <name>mdi::FrameReader</name>
    <message>
        <source>the stream does not start with an MDI frame (bad magic bytes %1)</source>
        <translation>ストリームが MDI フレームで始まっていません (不正なマジックバイト %1)</translation>
    </message>
    <message>
        <source>the peer speaks protocol version %1; this program speaks version %2</source>
        <translation>ピアはプロトコルバージョン %1 を使用しています。このプログラムはバージョン %2 を使用します</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>不明なメッセージタイプ %1</translation>
    </message>
    <message>
        <source>reserved flags 0x%1 are set in a %2 frame</source>
        <translation>%2 フレームに予約済みフラグ 0x%1 が設定されています</translation>
    </message>
    <message>
        <source>a %1 frame of %2 bytes exceeds the limit of %3 bytes</source>
        <translation>%2 バイトの %1 フレームが上限の %3 バイトを超えています</translation>
    </message>
</context>
<context>
    <name>mdi::FrameWriter</name>
    <message>
        <source>a %1 message of %2 bytes exceeds the frame limit of %3 bytes</source>
        <translation>%2 バイトの %1 メッセージがフレームの上限 %3 バイトを超えています</translation>
    </message>
    <message>
        <source>could not send a %1 message: %2</source>
        <translation>%1 メッセージを送信できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>mdi::GenerateCommand</name>
    <message>
        <source>MDI Chat on the command line: one prompt and images in, the answer out.

Commands (mdi-run COMMAND --help):
%1</source>
        <translation>コマンドラインで使う MDI Chat: プロンプト 1 つと画像を入力し、回答を出力します。

コマンド (mdi-run COMMAND --help):
%1</translation>
    </message>
    <message>
        <source>The user message.</source>
        <translation>ユーザーメッセージ。</translation>
    </message>
    <message>
        <source>A system message.</source>
        <translation>システムメッセージ。</translation>
    </message>
    <message>
        <source>A JSON file with &quot;messages&quot; (Hugging Face chat format) and optional &quot;chat_template_kwargs&quot;.</source>
        <translation>&quot;messages&quot; (Hugging Face のチャット形式) と省略可能な &quot;chat_template_kwargs&quot; を含む JSON ファイル。</translation>
    </message>
    <message>
        <source>Folder that relative image names in --messages resolve against.</source>
        <translation>--messages 内の相対画像名の基準となるフォルダー。</translation>
    </message>
    <message>
        <source>Keep the K most likely tokens (0: off).</source>
        <translation>可能性の高い上位 K 個のトークンを残します (0: オフ)。</translation>
    </message>
    <message>
        <source>Nucleus sampling threshold.</source>
        <translation>Nucleus サンプリングのしきい値。</translation>
    </message>
    <message>
        <source>Drop tokens below P times the top probability.</source>
        <translation>最上位の確率の P 倍未満のトークンを除外します。</translation>
    </message>
    <message>
        <source>Repetition penalty (1: off).</source>
        <translation>繰り返しペナルティ (1: オフ)。</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>乱数シード (既定値: 0)。</translation>
    </message>
    <message>
        <source>A stop string (repeatable).</source>
        <translation>停止文字列 (複数指定可)。</translation>
    </message>
    <message>
        <source>Keep generating after end-of-sequence.</source>
        <translation>シーケンス終了後も生成を続けます。</translation>
    </message>
    <message>
        <source>Print one JSON object with tokens, text and statistics.</source>
        <translation>トークン、テキスト、統計情報を含む JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>Generate K answers at once with seeds S..S+K-1 (--json prints an array).</source>
        <translation>シード S..S+K-1 で K 個の回答を同時に生成します (--json では配列を出力します)。</translation>
    </message>
    <message>
        <source>--model DIR is required (see --help)</source>
        <translation>--model DIR は必須です (--help を参照)</translation>
    </message>
    <message>
        <source>give either --prompt or --messages</source>
        <translation>--prompt または --messages のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--parallel must be at least 1</source>
        <translation>--parallel は 1 以上である必要があります</translation>
    </message>
    <message>
        <source>With --json: each generated token&apos;s log-probability and the N most likely tokens of its step (0 to %1), under &quot;logprobs&quot; as in OpenAI&apos;s chat API; from the model&apos;s distribution, before temperature and top-k/top-p. Keeps every step&apos;s logits (0.6 MB each for Qwen2-VL).</source>
        <translation>--json 使用時: 生成された各トークンの対数確率と、そのステップで最も可能性の高い N 個のトークン (0 から %1) を、OpenAI のチャット API と同じく &quot;logprobs&quot; に出力します。温度や top-k/top-p を適用する前の、モデル本来の分布に基づきます。各ステップのロジットを保持します (Qwen2-VL では 1 ステップあたり 0.6 MB)。</translation>
    </message>
    <message>
        <source>--logprobs must be between 0 and %1, not &apos;%2&apos;</source>
        <translation>--logprobs には 0 から %1 の値を指定します (&apos;%2&apos; は無効です)</translation>
    </message>
    <message>
        <source>--logprobs needs --json (the log-probabilities are part of the JSON answer)</source>
        <translation>--logprobs には --json が必要です (対数確率は JSON の回答に含まれます)</translation>
    </message>
    <message>
        <source>Most tokens to generate (default: the model&apos;s generation_config.json, else 512).</source>
        <translation>生成するトークン数の上限 (既定: モデルの generation_config.json、なければ 512)。</translation>
    </message>
    <message>
        <source>Sampling temperature; 0 is greedy. Giving it, --top-p, --top-k or --min-p replaces the model&apos;s generation_config.json sampling: what is not given is 1 (temperature, top-p) or off (top-k, min-p).</source>
        <translation>サンプリング温度。0 は貪欲法。これか --top-p、--top-k、--min-p を指定すると、モデルの generation_config.json のサンプリング設定は使われません。指定しなかったものは 1 (温度、top-p) またはオフ (top-k、min-p) になります。</translation>
    </message>
    <message>
        <source>An image for the prompt, or a PDF: one image per page (repeatable).</source>
        <translation>プロンプト用の画像、または PDF（1 ページにつき 1 枚の画像）（繰り返し可）。</translation>
    </message>
</context>
<context>
    <name>mdi::HistorySchema</name>
    <message>
        <source>%1: cannot read the chat history; the file is damaged or not an SQLite database (%2)</source>
        <translation>%1: チャット履歴を読み取れません。ファイルが破損しているか、SQLite データベースではありません (%2)</translation>
    </message>
    <message>
        <source>%1: this SQLite file belongs to another application (application id %2); it was left unchanged</source>
        <translation>%1: この SQLite ファイルは別のアプリケーションのものです (アプリケーション ID %2)。変更していません</translation>
    </message>
    <message>
        <source>%1: the chat history was written by a newer version of MDI Chat (schema version %2; this version understands up to %3). It was left unchanged; update MDI Chat to open it.</source>
        <translation>%1: チャット履歴は新しいバージョンの MDI Chat で書き込まれています (スキーマバージョン %2。このバージョンが扱えるのは %3 までです)。変更していません。開くには MDI Chat を更新してください。</translation>
    </message>
    <message>
        <source>%1: the chat history has an invalid schema version %2</source>
        <translation>%1: チャット履歴のスキーマバージョン %2 が無効です</translation>
    </message>
    <message>
        <source>%1: this SQLite file is not an MDI Chat history (schema version %2 without MDI Chat&apos;s application id); it was left unchanged</source>
        <translation>%1: この SQLite ファイルは MDI Chat の履歴ではありません (スキーマバージョン %2 ですが、MDI Chat のアプリケーション ID がありません)。変更していません</translation>
    </message>
    <message>
        <source>%1: cannot read the chat history (%2)</source>
        <translation>%1: チャット履歴を読み取れません (%2)</translation>
    </message>
    <message>
        <source>%1: this SQLite file holds tables of another application; it was left unchanged</source>
        <translation>%1: この SQLite ファイルには別のアプリケーションのテーブルがあります。変更していません</translation>
    </message>
    <message>
        <source>%1: cannot configure the database (%2)</source>
        <translation>%1: データベースを構成できません (%2)</translation>
    </message>
    <message>
        <source>%1: cannot lock the database to upgrade it (%2)</source>
        <translation>%1: アップグレードのためにデータベースをロックできません (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version (%2)</source>
        <translation>%1: スキーマバージョンを読み取れません (%2)</translation>
    </message>
    <message>
        <source>%1: the chat history was upgraded by a newer version of MDI Chat (schema version %2)</source>
        <translation>%1: チャット履歴は新しいバージョンの MDI Chat でアップグレードされました (スキーマバージョン %2)</translation>
    </message>
    <message>
        <source>%1: cannot upgrade the chat history to schema version %2 (%3)</source>
        <translation>%1: チャット履歴をスキーマバージョン %2 にアップグレードできません (%3)</translation>
    </message>
</context>
<context>
    <name>mdi::HistoryStore</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>the database is busy or read-only</source>
        <translation>データベースがビジー状態か、読み取り専用です</translation>
    </message>
    <message>
        <source>cannot save the change</source>
        <translation>変更を保存できません</translation>
    </message>
    <message>
        <source>cannot read the messages</source>
        <translation>メッセージを読み取れません</translation>
    </message>
    <message>
        <source>cannot read the attachments</source>
        <translation>添付ファイルを読み取れません</translation>
    </message>
    <message>
        <source>cannot save an image attachment</source>
        <translation>画像の添付ファイルを保存できません</translation>
    </message>
    <message>
        <source>%1: the history writer is not running</source>
        <translation>%1: 履歴の書き込み処理が実行されていません</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed; the chat history cannot be opened.</source>
        <translation>Qt SQLite ドライバー (QSQLITE) がインストールされていません。チャット履歴を開けません。</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the chat history</source>
        <translation>%1: チャット履歴用のフォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1: cannot open the chat history (%2)</source>
        <translation>%1: チャット履歴を開けません (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open the chat history for reading (%2)</source>
        <translation>%1: チャット履歴を読み取り用に開けません (%2)</translation>
    </message>
    <message>
        <source>cannot read conversation %1</source>
        <translation>会話 %1 を読み取れません</translation>
    </message>
    <message>
        <source>Conversation %1 does not exist (it may have been deleted).</source>
        <translation>会話 %1 は存在しません (削除された可能性があります)。</translation>
    </message>
    <message>
        <source>Message %1 does not exist (it may have been deleted).</source>
        <translation>メッセージ %1 は存在しません (削除された可能性があります)。</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 are allowed.</source>
        <translation>タイトルの長さは %1 文字です。許可されるのは %2 文字までです。</translation>
    </message>
    <message>
        <source>cannot create a conversation</source>
        <translation>会話を作成できません</translation>
    </message>
    <message>
        <source>cannot rename conversation %1</source>
        <translation>会話 %1 の名前を変更できません</translation>
    </message>
    <message>
        <source>cannot save the settings of conversation %1</source>
        <translation>会話 %1 の設定を保存できません</translation>
    </message>
    <message>
        <source>cannot read the attachments of conversation %1</source>
        <translation>会話 %1 の添付ファイルを読み取れません</translation>
    </message>
    <message>
        <source>cannot delete conversation %1</source>
        <translation>会話 %1 を削除できません</translation>
    </message>
    <message>
        <source>A message&apos;s role must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;; got &quot;%1&quot;.</source>
        <translation>メッセージの役割は &quot;user&quot;、&quot;assistant&quot;、&quot;system&quot; のいずれかである必要があります。指定値: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the image reference &quot;%2&quot; is not a SHA-256 digest</source>
        <translation>%1: 画像参照 &quot;%2&quot; は SHA-256 ダイジェストではありません</translation>
    </message>
    <message>
        <source>%1: the image is not in the image store %2</source>
        <translation>%1: 画像が画像ストア %2 にありません</translation>
    </message>
    <message>
        <source>cannot read message %1</source>
        <translation>メッセージ %1 を読み取れません</translation>
    </message>
    <message>
        <source>Message %1 belongs to another conversation; it cannot be the parent of a message in conversation %2.</source>
        <translation>メッセージ %1 は別の会話に属しているため、会話 %2 のメッセージの親にはできません。</translation>
    </message>
    <message>
        <source>cannot save the message</source>
        <translation>メッセージを保存できません</translation>
    </message>
    <message>
        <source>cannot save message %1</source>
        <translation>メッセージ %1 を保存できません</translation>
    </message>
    <message>
        <source>cannot read the replies to message %1</source>
        <translation>メッセージ %1 への返信を読み取れません</translation>
    </message>
    <message>
        <source>cannot read the attachments of message %1</source>
        <translation>メッセージ %1 の添付ファイルを読み取れません</translation>
    </message>
    <message>
        <source>cannot delete message %1</source>
        <translation>メッセージ %1 を削除できません</translation>
    </message>
    <message>
        <source>Message %1 is not part of conversation %2.</source>
        <translation>メッセージ %1 は会話 %2 の一部ではありません。</translation>
    </message>
    <message>
        <source>cannot switch the branch of conversation %1</source>
        <translation>会話 %1 のブランチを切り替えられません</translation>
    </message>
    <message>
        <source>Message %1 of %2: its id %3 is not positive or not unique.</source>
        <translation>メッセージ %1/%2: ID %3 が正の値でないか、一意ではありません。</translation>
    </message>
    <message>
        <source>Message %1 (id %2): its parent %3 is not an earlier message of the conversation.</source>
        <translation>メッセージ %1 (ID %2): 親 %3 は会話内のそれより前のメッセージではありません。</translation>
    </message>
    <message>
        <source>Message %1 (id %2): the role must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;; got &quot;%3&quot;.</source>
        <translation>メッセージ %1 (ID %2): 役割は &quot;user&quot;、&quot;assistant&quot;、&quot;system&quot; のいずれかである必要があります。指定値: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Message %1 (id %2): the image %3 is not in the image store.</source>
        <translation>メッセージ %1 (ID %2): 画像 %3 が画像ストアにありません。</translation>
    </message>
    <message>
        <source>The current message %1 is not one of the conversation&apos;s messages.</source>
        <translation>現在のメッセージ %1 は会話のメッセージではありません。</translation>
    </message>
    <message>
        <source>cannot save a message</source>
        <translation>メッセージを保存できません</translation>
    </message>
    <message>
        <source>cannot save the messages</source>
        <translation>メッセージを保存できません</translation>
    </message>
    <message>
        <source>cannot pin conversation %1</source>
        <translation>会話 %1 を固定できません</translation>
    </message>
</context>
<context>
    <name>mdi::HttpConnection</name>
    <message numerus="yes">
        <source>The request body (%n byte(s)) did not arrive in time.</source>
        <translation>
            <numerusform>リクエスト本文 (%n バイト) が時間内に届きませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 s.</source>
        <translation>リクエストヘッダーが %1 秒以内に届きませんでした。</translation>
    </message>
</context>
<context>
    <name>mdi::HttpRequestParser</name>
    <message>
        <source>The request line and header fields exceed %1 bytes.</source>
        <translation>リクエスト行とヘッダーフィールドが %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>The request line is malformed; expected &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation>リクエスト行の形式が正しくありません。&quot;METHOD /path HTTP/1.1&quot; の形式である必要があります。</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>HTTP/1.0 と HTTP/1.1 のみサポートされています。</translation>
    </message>
    <message>
        <source>The request target must be a path starting with &apos;/&apos;.</source>
        <translation>リクエストターゲットは &apos;/&apos; で始まるパスである必要があります。</translation>
    </message>
    <message>
        <source>The request target contains characters that must be percent-encoded.</source>
        <translation>リクエストターゲットに、パーセントエンコードが必要な文字が含まれています。</translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation>折り返されたヘッダー行は受け付けられません。</translation>
    </message>
    <message>
        <source>A header line is malformed; expected &quot;Name: value&quot;.</source>
        <translation>ヘッダー行の形式が正しくありません。&quot;Name: value&quot; の形式である必要があります。</translation>
    </message>
    <message>
        <source>A header value contains control characters.</source>
        <translation>ヘッダー値に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>The request has more than %1 header fields.</source>
        <translation>リクエストのヘッダーフィールドが %1 個を超えています。</translation>
    </message>
    <message>
        <source>HTTP/1.1 requests must have a Host header.</source>
        <translation>HTTP/1.1 リクエストには Host ヘッダーが必要です。</translation>
    </message>
    <message>
        <source>Request bodies must be sent with a Content-Length; chunked transfer coding is not supported.</source>
        <translation>リクエスト本文は Content-Length を付けて送信する必要があります。チャンク転送エンコーディングはサポートされていません。</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>Content-Length ヘッダーが数値ではありません。</translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length values.</source>
        <translation>リクエストの Content-Length 値が矛盾しています。</translation>
    </message>
    <message>
        <source>A %1 request needs a Content-Length header.</source>
        <translation>%1 リクエストには Content-Length ヘッダーが必要です。</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; at most %2 are accepted.</source>
        <translation>リクエスト本文は %1 バイトです。受け付けられるのは %2 バイトまでです。</translation>
    </message>
    <message>
        <source>Only &quot;Expect: 100-continue&quot; is supported.</source>
        <translation>&quot;Expect: 100-continue&quot; のみサポートされています。</translation>
    </message>
</context>
<context>
    <name>mdi::HttpServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>%1:%2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <source>The server has too many open connections; try again later.</source>
        <translation>サーバーの接続数が多すぎます。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server has too many open connections from %1; try again later.</source>
        <translation>%1 からの接続数が多すぎます。しばらくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>mdi::HubFileList</name>
    <message>
        <source>%1: the answer is not a JSON object (%2)</source>
        <translation>%1: 応答が JSON オブジェクトではありません (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;sha&quot; is not a commit hash</source>
        <translation>%1: &quot;sha&quot; がコミットハッシュではありません</translation>
    </message>
    <message>
        <source>%1: &quot;siblings&quot; (the file list) is missing</source>
        <translation>%1: &quot;siblings&quot; (ファイル一覧) がありません</translation>
    </message>
    <message>
        <source>%1: unsafe file name &quot;%2&quot;</source>
        <translation>%1: 安全でないファイル名 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 has no valid LFS sha256</source>
        <translation>%1: %2 に有効な LFS sha256 がありません</translation>
    </message>
    <message>
        <source>%1: %2 has no blob id (ask with ?blobs=true)</source>
        <translation>%1: %2 に blob ID がありません (?blobs=true を付けて問い合わせてください)</translation>
    </message>
    <message>
        <source>%1: %2 has no size</source>
        <translation>%1: %2 にサイズがありません</translation>
    </message>
</context>
<context>
    <name>mdi::ImageDecoder</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: ファイルが見つかりません (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1: 画像ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; image files over %3 MB are not accepted</source>
        <translation>%1: ファイルサイズは %2 MB です。%3 MB を超える画像ファイルは受け付けません</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes), not an image</source>
        <translation>%1: ファイルが空 (0 バイト) で、画像ではありません</translation>
    </message>
    <message>
        <source>%1: the image data is %2 MB; images over %3 MB are not accepted</source>
        <translation>%1: 画像データは %2 MB です。%3 MB を超える画像は受け付けません</translation>
    </message>
    <message>
        <source>%1: not an image, or in a format that cannot be read (readable: %2)</source>
        <translation>%1: 画像ではないか、読み取れない形式です (読み取り可能な形式: %2)</translation>
    </message>
    <message>
        <source>%1: the image declares an empty size (%2 x %3 pixels)</source>
        <translation>%1: 画像のサイズが空と宣言されています (%2 x %3 ピクセル)</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels (%4 megapixels); at most %5 megapixels are accepted</source>
        <translation>%1: 画像は %2 x %3 ピクセル (%4 メガピクセル) です。受け付けるのは %5 メガピクセルまでです</translation>
    </message>
    <message>
        <source>%1: the JPEG data ends early (the file is truncated or damaged)</source>
        <translation>%1: JPEG データが途中で終わっています (ファイルが切り詰められているか破損しています)</translation>
    </message>
    <message>
        <source>the data is too short to hold an image</source>
        <translation>データが短すぎて画像を含むことができません</translation>
    </message>
    <message>
        <source>%1: cannot decode the image (%2); the file may be truncated or damaged</source>
        <translation>%1: 画像をデコードできません (%2)。ファイルが切り詰められているか破損している可能性があります</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels; at most %4 megapixels are accepted</source>
        <translation>%1: 画像は %2 x %3 ピクセルです。受け付けるのは %4 メガピクセルまでです</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device, pipe or socket)</source>
        <translation>%1: 通常のファイルではありません (デバイス、パイプまたはソケット)</translation>
    </message>
</context>
<context>
    <name>mdi::ImagePreprocessor</name>
    <message>
        <source>the image has no pixels (%1 x %2)</source>
        <translation>画像にピクセルがありません (%1 x %2)</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels; its aspect ratio %3:1 is above the limit of %4:1</source>
        <translation>画像は %1 x %2 ピクセルです。アスペクト比 %3:1 が上限の %4:1 を超えています</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels, too large to resize</source>
        <translation>画像は %1 x %2 ピクセルで、大きすぎてリサイズできません</translation>
    </message>
    <message>
        <source>image from a data: URL</source>
        <translation>data: URL からの画像</translation>
    </message>
    <message>
        <source>not a data: URL (it must start with &quot;data:&quot;)</source>
        <translation>data: URL ではありません (&quot;data:&quot; で始まる必要があります)</translation>
    </message>
    <message>
        <source>malformed data: URL: no comma before the data</source>
        <translation>不正な data: URL: データの前にカンマがありません</translation>
    </message>
    <message>
        <source>only base64-encoded data: URLs are supported</source>
        <translation>base64 でエンコードされた data: URL のみサポートされています</translation>
    </message>
    <message>
        <source>the data: URL holds &quot;%1&quot;, not an image</source>
        <translation>data: URL の内容は画像ではなく &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>the data: URL holds over %1 MB; larger images are not accepted</source>
        <translation>data: URL の内容が %1 MB を超えています。これより大きい画像は受け付けません</translation>
    </message>
    <message>
        <source>malformed data: URL: the base64 data is invalid</source>
        <translation>不正な data: URL: base64 データが無効です</translation>
    </message>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>画像が空です</translation>
    </message>
</context>
<context>
    <name>mdi::ImageStore</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: ファイルが見つかりません (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1: 画像ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; image files over %3 MB are not accepted</source>
        <translation>%1: ファイルサイズは %2 MB です。%3 MB を超える画像ファイルは受け付けません</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: images in %2 format are not accepted (accepted: PNG, JPEG, GIF, WebP, BMP, TIFF)</source>
        <translation>%1: %2 形式の画像は受け付けません (受け付ける形式: PNG、JPEG、GIF、WebP、BMP、TIFF)</translation>
    </message>
    <message>
        <source>%1: the image format is not recognised</source>
        <translation>%1: 画像形式を認識できません</translation>
    </message>
    <message>
        <source>%1: cannot create the image folder %2</source>
        <translation>%1: 画像フォルダー %2 を作成できません</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: %2 に書き込めません: %3</translation>
    </message>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1: 画像が空です</translation>
    </message>
    <message>
        <source>%1: cannot encode the image as PNG: %2</source>
        <translation>%1: 画像を PNG としてエンコードできません: %2</translation>
    </message>
</context>
<context>
    <name>mdi::ImageThumbnail</name>
    <message>
        <source>Missing image</source>
        <translation>画像がありません</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 ピクセル</translation>
    </message>
    <message>
        <source>%1 (%2): click to open at full size</source>
        <translation>%1 (%2): クリックすると実寸で開きます</translation>
    </message>
    <message>
        <source>Image %1, %2</source>
        <translation>画像 %1、%2</translation>
    </message>
    <message>
        <source>Opens the image at full size</source>
        <translation>画像を実寸で開きます</translation>
    </message>
</context>
<context>
    <name>mdi::ImageViewerDialog</name>
    <message>
        <source>%1 (%2 × %3 pixels)</source>
        <translation>%1 (%2 × %3 ピクセル)</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>画像 %1</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>画像を表示できません: %1</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>実寸表示(&amp;A)</translation>
    </message>
    <message>
        <source>Switch between actual size and fit to window</source>
        <translation>実寸表示とウィンドウに合わせる表示を切り替えます</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
</context>
<context>
    <name>mdi::InspectCommand</name>
    <message>
        <source>Checkpoint</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>%1 (model_type %2)</source>
        <translation>%1 (model_type %2)</translation>
    </message>
    <message>
        <source>Text model</source>
        <translation>テキストモデル</translation>
    </message>
    <message>
        <source>%1 layers, hidden %2, %3 attention heads / %4 key-value heads (head dim %5), MLP %6, vocabulary %7</source>
        <translation>%1 レイヤー、隠れ次元 %2、アテンションヘッド %3 / キー・値ヘッド %4 (ヘッド次元 %5)、MLP %6、語彙 %7</translation>
    </message>
    <message>
        <source>Vision tower</source>
        <translation>ビジョンタワー</translation>
    </message>
    <message>
        <source>%1 blocks, embed %2, %3 heads (head dim %4), MLP %5, patch %6 (temporal %7), merge %8x%8 -&gt; %9</source>
        <translation>%1 ブロック、埋め込み %2、ヘッド %3 (ヘッド次元 %4)、MLP %5、パッチ %6 (時間方向 %7)、マージ %8x%8 -&gt; %9</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>ビジョン</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>埋め込み</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>デコーダー</translation>
    </message>
    <message>
        <source>final norm</source>
        <translation>最終正規化</translation>
    </message>
    <message>
        <source>head</source>
        <translation>ヘッド</translation>
    </message>
    <message>
        <source>tied to the embedding (no lm_head.weight)</source>
        <translation>埋め込みと共有 (lm_head.weight なし)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>ディスク上</translation>
    </message>
    <message>
        <source>as bf16</source>
        <translation>bf16 の場合</translation>
    </message>
    <message>
        <source>as f32</source>
        <translation>f32 の場合</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>FAILED: not a usable Qwen2-VL checkpoint</source>
        <translation>失敗: 使用可能な Qwen2-VL チェックポイントではありません</translation>
    </message>
    <message>
        <source>Describes a Qwen2-VL checkpoint folder and checks that its weights match its configuration.</source>
        <translation>Qwen2-VL チェックポイントフォルダーの内容を表示し、重みが構成と一致するかを確認します。</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Prints the report as JSON.</source>
        <translation>レポートを JSON で出力します。</translation>
    </message>
    <message>
        <source>The checkpoint folder: config.json, preprocessor_config.json and model.safetensors or shards with model.safetensors.index.json.</source>
        <translation>チェックポイントフォルダー: config.json、preprocessor_config.json、および model.safetensors または model.safetensors.index.json 付きのシャード。</translation>
    </message>
    <message>
        <source>%1: expects exactly one checkpoint folder; see --help</source>
        <translation>%1: チェックポイントフォルダーを 1 つだけ指定してください。--help を参照してください</translation>
    </message>
    <message>
        <source>%1: %2 is not a usable Qwen2-VL checkpoint</source>
        <translation>%1: %2 は使用可能な Qwen2-VL チェックポイントではありません</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 バイト (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n レイヤー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 (ファイル %n 個)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes, %n tensor(s)</source>
        <translation>
            <numerusform>%1 バイト、テンソル %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK: %n tensor(s) match config.json</source>
        <translation>
            <numerusform>OK: %n 個のテンソルが config.json と一致します</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::JsonSchema</name>
    <message>
        <source>%1: the schema must describe an object ({&quot;type&quot;: &quot;object&quot;, ...}), as OpenAI requires</source>
        <translation>%1: OpenAI の要件どおり、スキーマはオブジェクト（{&quot;type&quot;: &quot;object&quot;, ...}）を記述しなければなりません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not supported; the supported subset of JSON Schema is type (object, array, string, number, integer, boolean, null), properties, required, additionalProperties, items, enum, const, minimum, maximum, exclusiveMinimum and exclusiveMaximum</source>
        <translation>%1: &apos;%2&apos; はサポートされていません。サポートされる JSON Schema のサブセットは type（object、array、string、number、integer、boolean、null）、properties、required、additionalProperties、items、enum、const、minimum、maximum、exclusiveMinimum、exclusiveMaximum です</translation>
    </message>
    <message>
        <source>%1: the schema has more than %2 parts</source>
        <translation>%1: スキーマの部分が %2 を超えています</translation>
    </message>
    <message>
        <source>%1: type &apos;%2&apos; is not a JSON Schema type (object, array, string, number, integer, boolean, null)</source>
        <translation>%1: 型 &apos;%2&apos; は JSON Schema の型（object、array、string、number、integer、boolean、null）ではありません</translation>
    </message>
    <message>
        <source>%1: &apos;type&apos; names no type</source>
        <translation>%1: &apos;type&apos; に型がありません</translation>
    </message>
    <message>
        <source>%1: &apos;type&apos; must be a string or a list of strings</source>
        <translation>%1: &apos;type&apos; は文字列または文字列のリストでなければなりません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a number</source>
        <translation>%1: &apos;%2&apos; は数値でなければなりません</translation>
    </message>
    <message>
        <source>%1: no integer lies within &apos;minimum&apos; and &apos;maximum&apos;</source>
        <translation>%1: &apos;minimum&apos; と &apos;maximum&apos; の間に整数がありません</translation>
    </message>
    <message>
        <source>%1: &apos;enum&apos; must be a list of values</source>
        <translation>%1: &apos;enum&apos; は値のリストでなければなりません</translation>
    </message>
    <message>
        <source>%1: enum and const values must be strings, numbers, booleans or null</source>
        <translation>%1: enum と const の値は文字列、数値、真偽値、null のいずれかでなければなりません</translation>
    </message>
    <message>
        <source>%1: no value of &apos;enum&apos;/&apos;const&apos; is allowed by the schema</source>
        <translation>%1: スキーマは &apos;enum&apos;/&apos;const&apos; のどの値も許していません</translation>
    </message>
    <message>
        <source>%1: the schema has no &apos;type&apos; (every part of the schema needs a type, an enum or a const)</source>
        <translation>%1: スキーマに &apos;type&apos; がありません（スキーマの各部分には type、enum、const のいずれかが必要です）</translation>
    </message>
    <message>
        <source>%1: objects and arrays are nested more than %2 deep</source>
        <translation>%1: オブジェクトと配列の入れ子が %2 段を超えています</translation>
    </message>
    <message>
        <source>%1: &apos;properties&apos; must be an object</source>
        <translation>%1: &apos;properties&apos; はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: the object has %2 properties; at most %3 are supported</source>
        <translation>%1: オブジェクトのプロパティは %2 個です。サポートされるのは最大 %3 個です</translation>
    </message>
    <message>
        <source>%1: &apos;additionalProperties&apos; must be a boolean or a schema</source>
        <translation>%1: &apos;additionalProperties&apos; は真偽値またはスキーマでなければなりません</translation>
    </message>
    <message>
        <source>%1.properties.%2 must be a schema (an object)</source>
        <translation>%1.properties.%2 はスキーマ（オブジェクト）でなければなりません</translation>
    </message>
    <message>
        <source>%1: the property name &apos;%2...&apos; is longer than 255 bytes</source>
        <translation>%1: プロパティ名 &apos;%2...&apos; が 255 バイトを超えています</translation>
    </message>
    <message>
        <source>%1: &apos;required&apos; must be a list of property names</source>
        <translation>%1: &apos;required&apos; はプロパティ名のリストでなければなりません</translation>
    </message>
    <message>
        <source>%1: &apos;required&apos; names &apos;%2&apos;, which is not in &apos;properties&apos;</source>
        <translation>%1: &apos;required&apos; が &apos;properties&apos; にない &apos;%2&apos; を指定しています</translation>
    </message>
    <message>
        <source>%1: an array needs &apos;items&apos;, one schema for every item</source>
        <translation>%1: 配列には &apos;items&apos;（各要素のスキーマ）が必要です</translation>
    </message>
</context>
<context>
    <name>mdi::LoadProgress</name>
    <message>
        <source>layer %1</source>
        <translation>レイヤー %1</translation>
    </message>
    <message>
        <source>layers %1–%2</source>
        <translation>レイヤー %1–%2</translation>
    </message>
    <message>
        <source>Reading the model…</source>
        <translation>モデルを読み取り中…</translation>
    </message>
    <message>
        <source>Checking %1 for %2: %3 / %4 MB</source>
        <translation>%2 向けに %1 を確認中: %3 / %4 MB</translation>
    </message>
    <message>
        <source>Asking %1 which weights of %2 it needs…</source>
        <translation>%2 のどの重みが必要か %1 に問い合わせ中…</translation>
    </message>
    <message>
        <source>Sending %1 to %2: %3 / %4 MB</source>
        <translation>%1 を %2 に送信中: %3 / %4 MB</translation>
    </message>
    <message>
        <source>%1 already has the weights of %2</source>
        <translation>%1 は %2 の重みをすでに持っています</translation>
    </message>
    <message>
        <source>%1 is loading %2…</source>
        <translation>%1 が %2 を読み込み中…</translation>
    </message>
    <message>
        <source>Loading %1 on this computer (stage %2 of %3)…</source>
        <translation>このコンピューターで %1 を読み込み中 (ステージ %2/%3)…</translation>
    </message>
</context>
<context>
    <name>mdi::LoadStageMessage</name>
    <message>
        <source>[%1, %2) is not a layer range</source>
        <translation>[%1, %2) はレイヤー範囲ではありません</translation>
    </message>
    <message>
        <source>must be between 1 and %1, not %2</source>
        <translation>は 1 から %1 の間である必要があります (現在 %2)</translation>
    </message>
    <message>
        <source>has a negative dimension</source>
        <translation>に負の次元があります</translation>
    </message>
    <message>
        <source>is out of range: %1</source>
        <translation>が範囲外です: %1</translation>
    </message>
</context>
<context>
    <name>mdi::LoadStageReplyMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>が範囲外です: %1</translation>
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
        <translation>モデル</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>使用中のコンテキスト</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>モデルが読み込まれていません</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import Conversation…</source>
        <translation>会話のインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>モデル(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Attach Images…</source>
        <translation>画像の添付(&amp;A)…</translation>
    </message>
    <message>
        <source>Go to &amp;Message</source>
        <translation>メッセージへ移動(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;top Generating</source>
        <translation>生成を停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Regenerate Last Answer</source>
        <translation>最後の回答を再生成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>会話(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MDI Chat</source>
        <translation>MDI Chat について(&amp;A)</translation>
    </message>
    <message>
        <source>About MDI Chat</source>
        <translation>MDI Chat について</translation>
    </message>
    <message>
        <source>&lt;b&gt;MDI Chat %1&lt;/b&gt;&lt;p&gt;Local multimodal chat with Qwen2-VL, distributed over the machines on your network.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MDI Chat %1&lt;/b&gt;&lt;p&gt;Qwen2-VL によるローカルのマルチモーダルチャット。ネットワーク上のマシンに分散して実行します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Released under the %1 License.</source>
        <translation>%1 ライセンスの下で公開されています。</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <source>Context %1 / %2</source>
        <translation>コンテキスト %1 / %2</translation>
    </message>
    <message>
        <source>Tokens of the model&apos;s context this conversation uses</source>
        <translation>この会話が使用しているモデルのコンテキストのトークン数</translation>
    </message>
    <message>
        <source>The answer failed: %1</source>
        <translation>回答に失敗しました: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Layers %1 on this computer</source>
        <translation>このコンピューターでレイヤー %1</translation>
    </message>
    <message>
        <source>Delete Conversation</source>
        <translation>会話の削除</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with all its messages and images? This cannot be undone.</source>
        <translation>&quot;%1&quot; をすべてのメッセージと画像とともに削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>JSON としてエクスポート</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Markdown としてエクスポート</translation>
    </message>
    <message>
        <source>MDI Chat conversation (*.json)</source>
        <translation>MDI Chat の会話 (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation>会話のインポート</translation>
    </message>
    <message>
        <source>MDI Chat conversation (*.json);;All files (*)</source>
        <translation>MDI Chat の会話 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n レイヤー</numerusform>
        </translation>
    </message>
    <message>
        <source>Which host runs which decoder layers (View &gt; Peers)</source>
        <translation>どのホストがどのデコーダーレイヤーを実行するか (表示 &gt; ピア)</translation>
    </message>
    <message numerus="yes">
        <source>Layers %1 in %n local stage(s)</source>
        <translation>
            <numerusform>レイヤー %1 (%n 個のローカルステージ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>読み込みの進行状況</translation>
    </message>
    <message>
        <source>%1
%2 of weights, loaded in %3 s
%4</source>
        <translation>%1
重み %2、読み込み時間 %3 秒
%4</translation>
    </message>
    <message>
        <source>Your message and what followed it were deleted.</source>
        <translation>あなたのメッセージとそれ以降のやり取りを削除しました。</translation>
    </message>
    <message>
        <source>The answer was deleted, with anything that followed it.</source>
        <translation>回答を削除しました (それ以降のやり取りも含みます)。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>Bring the deleted messages back (for %n second(s))</source>
        <translation>
            <numerusform>削除したメッセージを元に戻す (%n 秒間)</numerusform>
        </translation>
    </message>
    <message>
        <source>Local API on port %1</source>
        <translation>ローカル API (ポート %1)</translation>
    </message>
    <message>
        <source>OpenAI-compatible API at %1/v1 for programs on this computer</source>
        <translation>このコンピューターのプログラム向けの OpenAI 互換 API: %1/v1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
</context>
<context>
    <name>mdi::MakeRandomCommand</name>
    <message>
        <source>Writes a Qwen2-VL checkpoint folder with random weights of a real model&apos;s shapes, for benchmarks and tests. Values: Linear weights ~ N(0, 1/fan_in), embedding and biases ~ N(0, 0.02^2), norm weights ~ 1 + N(0, 0.1^2); the same seed gives the same bytes.</source>
        <translation>実際のモデルの形状を持つランダムな重みで Qwen2-VL チェックポイントフォルダーを書き出します (ベンチマークやテスト用)。値: Linear の重み ~ N(0, 1/fan_in)、埋め込みとバイアス ~ N(0, 0.02^2)、正規化の重み ~ 1 + N(0, 0.1^2)。同じシードからは同じバイト列が得られます。</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>2b or 7b (the released Instruct models), tiny (the configuration of the --tokenizer-from checkpoint), or the path of a config.json.</source>
        <translation>2b または 7b (公開されている Instruct モデル)、tiny (--tokenizer-from チェックポイントの構成)、または config.json のパス。</translation>
    </message>
    <message>
        <source>The folder to write (new or empty).</source>
        <translation>書き込み先のフォルダー (新規または空)。</translation>
    </message>
    <message>
        <source>Storage dtype: bf16 (default) or f32.</source>
        <translation>格納する dtype: bf16 (既定値) または f32。</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>乱数シード (既定値: 0)。</translation>
    </message>
    <message>
        <source>A Qwen2-VL checkpoint or tokenizer folder whose tokenizer files are copied (tokenizer.json, tokenizer_config.json, vocab.json, merges.txt, chat_template.json). Required unless --shape names a config.json with tokenizer files beside it.</source>
        <translation>トークナイザーファイル (tokenizer.json、tokenizer_config.json、vocab.json、merges.txt、chat_template.json) のコピー元となる Qwen2-VL チェックポイントまたはトークナイザーのフォルダー。--shape で隣にトークナイザーファイルがある config.json を指定した場合を除き、必須です。</translation>
    </message>
    <message>
        <source>Overrides the number of decoder layers (quick tests of a big shape).</source>
        <translation>デコーダーレイヤーの数を上書きします (大きな形状の簡易テスト用)。</translation>
    </message>
    <message>
        <source>Largest weight file, as transformers counts it: 2GB (default), 500MB, 1GiB or bytes. A checkpoint that fits in one is written as model.safetensors.</source>
        <translation>transformers の数え方による最大の重みファイルサイズ: 2GB (既定値)、500MB、1GiB、またはバイト数。1 つのファイルに収まるチェックポイントは model.safetensors として書き込まれます。</translation>
    </message>
    <message>
        <source>Write into a folder that is not empty, replacing a checkpoint there.</source>
        <translation>空でないフォルダーに書き込み、そこにあるチェックポイントを置き換えます。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation>想定外の引数 &apos;%1&apos;。--help を参照してください</translation>
    </message>
    <message>
        <source>--shape and --out are required; see --help</source>
        <translation>--shape と --out は必須です。--help を参照してください</translation>
    </message>
    <message>
        <source>--dtype must be bf16 or f32, not &apos;%1&apos;</source>
        <translation>--dtype は bf16 または f32 である必要があります (&apos;%1&apos; は無効です)</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer, not &apos;%1&apos;</source>
        <translation>--seed には負でない整数が必要です (&apos;%1&apos; は無効です)</translation>
    </message>
    <message>
        <source>--max-shard-size needs a size such as 2GB, 500MB or 1000000, not &apos;%1&apos;</source>
        <translation>--max-shard-size には 2GB、500MB、1000000 などのサイズが必要です (&apos;%1&apos; は無効です)</translation>
    </message>
    <message>
        <source>--tokenizer-from %1: no tokenizer.json there</source>
        <translation>--tokenizer-from %1: そこに tokenizer.json がありません</translation>
    </message>
    <message>
        <source>--shape %1 needs --tokenizer-from DIR: a folder with the Qwen2-VL tokenizer files (tokenizer.json, tokenizer_config.json, ...), such as a downloaded Qwen2-VL checkpoint</source>
        <translation>--shape %1 には --tokenizer-from DIR が必要です: Qwen2-VL のトークナイザーファイル (tokenizer.json、tokenizer_config.json、...) があるフォルダー (ダウンロードした Qwen2-VL チェックポイントなど)</translation>
    </message>
    <message>
        <source>--shape tiny takes the configuration and tokenizer of the checkpoint given with --tokenizer-from DIR (the test fixture&apos;s qwen2vl-tiny/checkpoint)</source>
        <translation>--shape tiny は --tokenizer-from DIR で指定したチェックポイント (テストフィクスチャの qwen2vl-tiny/checkpoint) の構成とトークナイザーを使用します</translation>
    </message>
    <message>
        <source>%1 has no tokenizer files beside it; give --tokenizer-from DIR (a folder with the Qwen2-VL tokenizer.json)</source>
        <translation>%1 の隣にトークナイザーファイルがありません。--tokenizer-from DIR (Qwen2-VL の tokenizer.json があるフォルダー) を指定してください</translation>
    </message>
    <message>
        <source>--shape must be 2b, 7b, tiny or the path of a config.json, not &apos;%1&apos;</source>
        <translation>--shape は 2b、7b、tiny、または config.json のパスである必要があります (&apos;%1&apos; は無効です)</translation>
    </message>
    <message>
        <source>--layers needs a positive number, not &apos;%1&apos;</source>
        <translation>--layers には正の数値が必要です (&apos;%1&apos; は無効です)</translation>
    </message>
    <message>
        <source>writing %1 (%2 of %3 MB written)</source>
        <translation>%1 を書き込み中 (%3 MB 中 %2 MB 書き込み済み)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 tensors, %3 parameters, %4 bytes of %5 weights in %n file(s), seed %6, in %7 s (%8 MB/s)</source>
        <translation>
            <numerusform>%1 を書き出しました: テンソル %2 個、パラメーター %3 個、%5 の重み %4 バイト (ファイル %n 個)、シード %6、所要時間 %7 秒 (%8 MB/s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::MarkdownView</name>
    <message>
        <source>Answer text</source>
        <translation>回答テキスト</translation>
    </message>
</context>
<context>
    <name>mdi::MessageWidget</name>
    <message>
        <source>Your message</source>
        <translation>あなたのメッセージ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Previous version of this question</source>
        <translation>この質問の前のバージョン</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>前の回答</translation>
    </message>
    <message>
        <source>Show the previous version of this question</source>
        <translation>この質問の前のバージョンを表示します</translation>
    </message>
    <message>
        <source>Show the previous answer</source>
        <translation>前の回答を表示します</translation>
    </message>
    <message>
        <source>Next version of this question</source>
        <translation>この質問の次のバージョン</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>次の回答</translation>
    </message>
    <message>
        <source>Show the next version of this question</source>
        <translation>この質問の次のバージョンを表示します</translation>
    </message>
    <message>
        <source>Show the next answer</source>
        <translation>次の回答を表示します</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>テキストをコピー</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>自分のメッセージをコピー</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>回答をコピー</translation>
    </message>
    <message>
        <source>Edit and resend (the current version stays in the history)</source>
        <translation>編集して再送信します (現在のバージョンは履歴に残ります)</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>編集して再送信</translation>
    </message>
    <message>
        <source>Write another answer (this one stays available)</source>
        <translation>別の回答を作成します (この回答も引き続き参照できます)</translation>
    </message>
    <message>
        <source>Regenerate the answer</source>
        <translation>回答を再生成</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>このメッセージとそれ以降を削除します</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>メッセージを削除</translation>
    </message>
    <message>
        <source>Your message text</source>
        <translation>あなたのメッセージのテキスト</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source> · %1 tokens/s</source>
        <translation> · %1 トークン/秒</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>Stopped · %1</source>
        <translation>停止しました · %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗しました</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗しました: %1</translation>
    </message>
    <message>
        <source>Message state</source>
        <translation>メッセージの状態</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>バージョン %1/%2</translation>
    </message>
    <message>
        <source>Edited message</source>
        <translation>編集中のメッセージ</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send the edited message</source>
        <translation>編集したメッセージを送信</translation>
    </message>
    <message>
        <source>Send as a new version (Enter); the current one stays in the history</source>
        <translation>新しいバージョンとして送信します (Enter)。現在のバージョンは履歴に残ります</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n トークン</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue writing this answer where it stopped</source>
        <translation>この回答を止まったところから書き続けます</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>回答の続きを書く</translation>
    </message>
    <message>
        <source>Start a new conversation with the messages up to this one</source>
        <translation>このメッセージまでの内容で新しい会話を始めます</translation>
    </message>
    <message>
        <source>Fork the conversation here</source>
        <translation>ここで会話を分岐</translation>
    </message>
</context>
<context>
    <name>mdi::ModelConfig</name>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: フォルダーではありません</translation>
    </message>
    <message>
        <source>%1: field &apos;model_type&apos; is &apos;%2&apos;; MDI Chat runs Qwen2-VL (&apos;qwen2_vl&apos;) checkpoints</source>
        <translation>%1: フィールド &apos;model_type&apos; が &apos;%2&apos; です。MDI Chat が実行できるのは Qwen2-VL (&apos;qwen2_vl&apos;) チェックポイントです</translation>
    </message>
    <message>
        <source>%1: special token id %2 lies outside the vocabulary (%3)</source>
        <translation>%1: 特殊トークン ID %2 が語彙 (%3) の範囲外です</translation>
    </message>
    <message>
        <source>%1: field &apos;vision_config&apos; is missing</source>
        <translation>%1: フィールド &apos;vision_config&apos; がありません</translation>
    </message>
    <message>
        <source>is missing (Qwen2-VL needs mrope_section)</source>
        <translation>がありません (Qwen2-VL には mrope_section が必要です)</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, expected &apos;mrope&apos;</source>
        <translation>は &apos;%1&apos; ですが、&apos;mrope&apos; である必要があります</translation>
    </message>
    <message>
        <source>must have three entries (t, h, w), has %1</source>
        <translation>には 3 つのエントリ (t, h, w) が必要ですが、%1 個あります</translation>
    </message>
    <message>
        <source>entries must be positive</source>
        <translation>のエントリは正の値である必要があります</translation>
    </message>
    <message>
        <source>must be positive, is %1</source>
        <translation>は正の値である必要があります (現在 %1)</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_attention_heads (%2)</source>
        <translation>(%1) は num_attention_heads (%2) で割り切れません</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_key_value_heads (%2)</source>
        <translation>(%1) は num_key_value_heads (%2) で割り切れません</translation>
    </message>
    <message>
        <source>sums to %1 but head_dim / 2 is %2 (head_dim = hidden_size / num_attention_heads = %3)</source>
        <translation>の合計は %1 ですが、head_dim / 2 は %2 です (head_dim = hidden_size / num_attention_heads = %3)</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; Qwen2-VL uses &apos;silu&apos;</source>
        <translation>は &apos;%1&apos; ですが、Qwen2-VL は &apos;silu&apos; を使用します</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>は正の値である必要があります</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_heads (%2)</source>
        <translation>(%1) は num_heads (%2) で割り切れません</translation>
    </message>
    <message>
        <source>gives a head size of %1; the 2-D rotary needs a multiple of 4</source>
        <translation>からヘッドサイズ %1 が得られますが、2-D ロータリーには 4 の倍数が必要です</translation>
    </message>
    <message>
        <source>(%1, the merger output) differs from the text hidden_size (%2)</source>
        <translation>(%1、マージャーの出力) がテキストの hidden_size (%2) と異なります</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; Qwen2-VL&apos;s vision tower uses &apos;quick_gelu&apos;</source>
        <translation>は &apos;%1&apos; ですが、Qwen2-VL のビジョンタワーは &apos;quick_gelu&apos; を使用します</translation>
    </message>
    <message>
        <source>must have 3 entries</source>
        <translation>には 3 つのエントリが必要です</translation>
    </message>
    <message>
        <source>must be at least min_pixels (%1), is %2</source>
        <translation>は min_pixels (%1) 以上である必要があります (現在 %2)</translation>
    </message>
    <message>
        <source>(%1) differs from the vision config (%2)</source>
        <translation>(%1) がビジョン構成 (%2) と異なります</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>を負の値にすることはできません</translation>
    </message>
    <message>
        <source>must be in (0, 1]</source>
        <translation>は (0, 1] の範囲内である必要があります</translation>
    </message>
    <message>
        <source>must be in [0, 1]</source>
        <translation>は [0, 1] の範囲内である必要があります</translation>
    </message>
    <message>
        <source>must not be negative, is %1</source>
        <translation>は負の値にできません (現在 %1)</translation>
    </message>
    <message>
        <source>must be at least %1, is %2</source>
        <translation>は %1 以上である必要があります (現在 %2)</translation>
    </message>
    <message>
        <source>is %1, more than the %2 this program accepts</source>
        <translation>は %1 で、このプログラムが受け付ける %2 を超えています</translation>
    </message>
    <message>
        <source>is %1, must be more than %2 and at most %3</source>
        <translation>は %1 です。%2 より大きく %3 以下である必要があります</translation>
    </message>
    <message>
        <source>has the entry %1, more than the %2 this program accepts</source>
        <translation>にエントリ %1 があり、このプログラムが受け付ける %2 を超えています</translation>
    </message>
    <message>
        <source>(%1) makes an MLP wider than the %2 this program accepts</source>
        <translation>(%1) により MLP の幅がこのプログラムが受け付ける %2 を超えます</translation>
    </message>
    <message>
        <source>entries must be finite numbers</source>
        <translation>のエントリは有限の数値である必要があります</translation>
    </message>
    <message>
        <source>lists %1 ids, more than the %2 this program accepts</source>
        <translation>に %1 個の ID があり、このプログラムが受け付ける %2 個を超えています</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>は有限の数値である必要があります</translation>
    </message>
</context>
<context>
    <name>mdi::ModelDownloader</name>
    <message>
        <source>Cannot download &quot;%1&quot; from &quot;%2&quot;: give a repository as organisation/name and an http(s) base URL</source>
        <translation>&quot;%2&quot; から &quot;%1&quot; をダウンロードできません: リポジトリを organisation/name 形式で、ベース URL を http(s) で指定してください</translation>
    </message>
    <message>
        <source>%1: 401 Unauthorized. The repository needs a login: set HF_TOKEN to an access token.</source>
        <translation>%1: 401 Unauthorized。このリポジトリにはログインが必要です: HF_TOKEN にアクセストークンを設定してください。</translation>
    </message>
    <message>
        <source>%1: 403 Forbidden. Accept the model&apos;s licence on its hub page, or check that the access token (HF_TOKEN) may read it.</source>
        <translation>%1: 403 Forbidden。ハブのモデルページでモデルのライセンスに同意するか、アクセストークン (HF_TOKEN) に読み取り権限があるか確認してください。</translation>
    </message>
    <message>
        <source>%1: 404 Not Found. Check the repository name and revision.</source>
        <translation>%1: 404 Not Found。リポジトリ名とリビジョンを確認してください。</translation>
    </message>
    <message>
        <source>%1: 416 Range Not Satisfiable.</source>
        <translation>%1: 416 Range Not Satisfiable。</translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3</source>
        <translation>%1: サーバーの応答: %2 %3</translation>
    </message>
    <message>
        <source>%1: timed out: no data for %2 s. Run the download again to resume it.</source>
        <translation>%1: タイムアウト: %2 秒間データがありません。再開するにはダウンロードをもう一度実行してください。</translation>
    </message>
    <message>
        <source>%1: no network connection (%2)</source>
        <translation>%1: ネットワークに接続されていません (%2)</translation>
    </message>
    <message>
        <source>%1: the TLS certificate could not be verified (%2)</source>
        <translation>%1: TLS 証明書を検証できませんでした (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder (permissions?)</source>
        <translation>%1: フォルダーを作成できません (権限を確認してください)</translation>
    </message>
    <message>
        <source>Not enough disk space in %1: the download needs %2, %3 are free.</source>
        <translation>%1 のディスク容量が不足しています: ダウンロードには %2 が必要ですが、空きは %3 です。</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: 書き込めません (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the partial download</source>
        <translation>%1: ダウンロード途中のファイルを読み取れません</translation>
    </message>
    <message>
        <source>%1: cannot write (%2; is the disk full?)</source>
        <translation>%1: 書き込めません (%2。ディスクがいっぱいではありませんか?)</translation>
    </message>
    <message>
        <source>%1: received %2 bytes, the hub lists %3</source>
        <translation>%1: %2 バイトを受信しましたが、ハブの記載は %3 です</translation>
    </message>
    <message>
        <source>%1: the file is corrupt: its %2 is %3, the hub publishes %4 (tried %5 times)</source>
        <translation>%1: ファイルが破損しています: %2 が %3 ですが、ハブが公開している値は %4 です (%5 回試行)</translation>
    </message>
    <message>
        <source>%1: cannot move into place (%2)</source>
        <translation>%1: 所定の場所に移動できません (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the link into blobs/</source>
        <translation>%1: blobs/ へのリンクを作成できません</translation>
    </message>
</context>
<context>
    <name>mdi::ModelManagerDialog</name>
    <message>
        <source>Cancel Download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>フォルダーの追加(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Use This Model</source>
        <translation>このモデルを使用(&amp;U)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Models found</source>
        <translation>見つかったモデル</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation>Dtype</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ダウンロードの進行状況</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Download cancelled. Start it again to continue where it stopped.</source>
        <translation>ダウンロードをキャンセルしました。もう一度開始すると、中断したところから再開します。</translation>
    </message>
    <message>
        <source>&amp;Download %1 (%2)</source>
        <translation>%1 (%2) をダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>%1 をダウンロード</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>Choose the model to chat with, add a folder that holds one, or download one.</source>
        <translation>チャットに使うモデルを選択するか、モデルを含むフォルダーを追加するか、モデルをダウンロードしてください。</translation>
    </message>
    <message>
        <source>No Qwen2-VL model was found on this computer. MDI Chat needs one to answer: download %1 (%2) from %3, or choose a folder that holds a checkpoint (config.json and *.safetensors).</source>
        <translation>このコンピューターに Qwen2-VL モデルが見つかりませんでした。MDI Chat が回答するにはモデルが必要です: %3 から %1 (%2) をダウンロードするか、チェックポイント (config.json と *.safetensors) を含むフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Choose the Model Folder</source>
        <translation>モデルフォルダーの選択</translation>
    </message>
    <message>
        <source>Asking %1 for the files of %2…</source>
        <translation>%1 に %2 のファイルを問い合わせています…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>、%1/秒</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>、残り約 %1 秒</translation>
    </message>
    <message>
        <source> — %1 (file %2 of %3)</source>
        <translation> — %1 (ファイル %2/%3)</translation>
    </message>
    <message>
        <source>The download finished but the model cannot be used: %1</source>
        <translation>ダウンロードは完了しましたが、モデルを使用できません: %1</translation>
    </message>
    <message>
        <source>Downloaded to %1.</source>
        <translation>%1 にダウンロードしました。</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>ダウンロードに失敗しました: %1</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>The model chat answers with (Settings &gt; Model folder)</source>
        <translation>チャットが回答に使うモデル (設定 &gt; モデルフォルダー)</translation>
    </message>
    <message>
        <source>Needs about %1 of memory; this computer has %2.</source>
        <translation>約 %1 のメモリが必要です。このコンピューターには %2 あります。</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>収まる</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>ぎりぎり</translation>
    </message>
    <message>
        <source>Close other programs, or choose 8-bit or 4-bit precision in Settings.</source>
        <translation>他のプログラムを閉じるか、設定で 8 ビットまたは 4 ビット精度を選んでください。</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>大きすぎる</translation>
    </message>
    <message>
        <source>Choose 4-bit precision in Settings, or put some layers on peers.</source>
        <translation>設定で 4 ビット精度を選ぶか、一部のレイヤーをピアに置いてください。</translation>
    </message>
</context>
<context>
    <name>mdi::ModelPrompt</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Find or Download a Model…</source>
        <translation>モデルを検索またはダウンロード…</translation>
    </message>
    <message>
        <source>Find or download a model</source>
        <translation>モデルを検索またはダウンロード</translation>
    </message>
    <message>
        <source>Choose a model to start</source>
        <translation>モデルを選択して開始</translation>
    </message>
    <message>
        <source>MDI Chat runs Qwen2-VL on this computer. Download Qwen2-VL-2B-Instruct (about 4.4 GB) with one click, or choose a folder that holds a model: config.json, the tokenizer files and the *.safetensors weights.</source>
        <translation>MDI Chat はこのコンピューター上で Qwen2-VL を実行します。ワンクリックで Qwen2-VL-2B-Instruct (約 4.4 GB) をダウンロードするか、モデルを含むフォルダー (config.json、トークナイザーファイル、*.safetensors の重み) を選択してください。</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込み中…</translation>
    </message>
    <message>
        <source>Reading %1. You can write your first message meanwhile.</source>
        <translation>%1 を読み込んでいます。その間に最初のメッセージを書くことができます。</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>モデルを読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>mdi::ModelRegistry</name>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: フォルダーが存在しません</translation>
    </message>
</context>
<context>
    <name>mdi::ModelsCommand</name>
    <message>
        <source>Lists the Qwen2-VL checkpoints in the Hugging Face cache and in model folders.</source>
        <translation>Hugging Face キャッシュとモデルフォルダー内の Qwen2-VL チェックポイントを一覧表示します。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>Also look at this checkpoint folder.</source>
        <translation>このチェックポイントフォルダーも調べます。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The hub cache to search (default: %1).</source>
        <translation>検索するハブキャッシュ (既定値: %1)。</translation>
    </message>
    <message>
        <source>Hub cache: %1
</source>
        <translation>ハブキャッシュ: %1
</translation>
    </message>
    <message>
        <source>No Qwen2-VL checkpoint found. Download one with: mdi-run download Qwen/Qwen2-VL-2B-Instruct
</source>
        <translation>Qwen2-VL チェックポイントが見つかりません。次のコマンドでダウンロードしてください: mdi-run download Qwen/Qwen2-VL-2B-Instruct
</translation>
    </message>
    <message>
        <source>  folder:     %1
</source>
        <translation>  フォルダー:   %1
</translation>
    </message>
    <message>
        <source>  size:       %1
</source>
        <translation>  サイズ:       %1
</translation>
    </message>
    <message>
        <source>  parameters: %1
</source>
        <translation>  パラメーター: %1
</translation>
    </message>
    <message>
        <source>  dtype:      %1
</source>
        <translation>  dtype:        %1
</translation>
    </message>
    <message>
        <source>  status:     ready
</source>
        <translation>  状態:         準備完了
</translation>
    </message>
    <message>
        <source>  status:     broken: %1
</source>
        <translation>  状態:         破損: %1
</translation>
    </message>
</context>
<context>
    <name>mdi::NodeIdentity</name>
    <message>
        <source>Cannot read the node identity file %1.</source>
        <translation>ノード ID ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>The node identity file %1 is damaged.</source>
        <translation>ノード ID ファイル %1 が破損しています。</translation>
    </message>
    <message>
        <source>The node id &apos;%1&apos; in %2 is not valid; remove the file to make a new identity.</source>
        <translation>%2 内のノード ID &apos;%1&apos; は無効です。新しい ID を作成するにはファイルを削除してください。</translation>
    </message>
    <message>
        <source>The pairing code in %1 is damaged: %2</source>
        <translation>%1 内のペアリングコードが破損しています: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write the node identity file %1.</source>
        <translation>ノード ID ファイル %1 に書き込めません。</translation>
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
        <translation>%1 を拒否しました: %2</translation>
    </message>
    <message>
        <source>%1 (%2) connected</source>
        <translation>%1 (%2) が接続しました</translation>
    </message>
    <message>
        <source>%1 disconnected: %2</source>
        <translation>%1 が切断しました: %2</translation>
    </message>
    <message>
        <source>%1 before Hello</source>
        <translation>Hello の前に %1 を受信しました</translation>
    </message>
    <message>
        <source>The coordinator speaks protocol version %1, this node %2.</source>
        <translation>コーディネーターはプロトコルバージョン %1 を使用していますが、このノードは %2 です。</translation>
    </message>
    <message>
        <source>A node does not take %1 messages.</source>
        <translation>ノードは %1 メッセージを受け付けません。</translation>
    </message>
    <message>
        <source>This connection already has a stage.</source>
        <translation>この接続にはすでにステージがあります。</translation>
    </message>
    <message>
        <source>The model&apos;s config.json does not parse: %1</source>
        <translation>モデルの config.json を解析できません: %1</translation>
    </message>
    <message>
        <source>Layers %1-%2 are not a range of this model&apos;s %3 layers.</source>
        <translation>レイヤー %1-%2 はこのモデルの %3 個のレイヤーの範囲ではありません。</translation>
    </message>
    <message>
        <source>Unknown compute dtype &apos;%1&apos;.</source>
        <translation>不明な計算 dtype &apos;%1&apos; です。</translation>
    </message>
    <message>
        <source>%1 is not a tensor of these layers</source>
        <translation>%1 はこれらのレイヤーのテンソルではありません</translation>
    </message>
    <message>
        <source>%1 has the wrong shape</source>
        <translation>%1 の形状が間違っています</translation>
    </message>
    <message>
        <source>%1 has the unsupported dtype %2</source>
        <translation>%1 の dtype %2 はサポートされていません</translation>
    </message>
    <message>
        <source>%1 has no SHA-256</source>
        <translation>%1 に SHA-256 がありません</translation>
    </message>
    <message>
        <source>%1 has the wrong byte size</source>
        <translation>%1 のバイトサイズが間違っています</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 が 2 回記載されています</translation>
    </message>
    <message>
        <source>%1 of the %2 tensors of these layers are missing</source>
        <translation>これらのレイヤーの %2 個のテンソルのうち %1 個がありません</translation>
    </message>
    <message>
        <source>The manifest of layers %1-%2 does not match the model: %3</source>
        <translation>レイヤー %1-%2 のマニフェストがモデルと一致しません: %3</translation>
    </message>
    <message>
        <source>Layers %1-%2 need %3 MB in %4, more than the %5 MB this node offers.</source>
        <translation>レイヤー %1-%2 には %4 で %3 MB が必要で、このノードが提供する %5 MB を超えています。</translation>
    </message>
    <message>
        <source>Layers %1-%2 need %3 MB in %4; this node offers %5 MB, and its other stages hold %6 MB.</source>
        <translation>レイヤー %1-%2 には %4 で %3 MB が必要です。このノードが提供するのは %5 MB で、その他のステージが %6 MB を使用しています。</translation>
    </message>
    <message>
        <source>%1 asks for layers %2-%3 of %4 (%5 tensors, %6 bytes; %7 bytes cached)</source>
        <translation>%1 が %4 のレイヤー %2-%3 を要求しています (テンソル %5 個、%6 バイト、キャッシュ済み %7 バイト)</translation>
    </message>
    <message>
        <source>A weight chunk without a stage being loaded.</source>
        <translation>読み込み中のステージがないのに重みチャンクを受信しました。</translation>
    </message>
    <message>
        <source>A weight chunk before the node said which tensors it holds.</source>
        <translation>ノードが保持しているテンソルを通知する前に重みチャンクを受信しました。</translation>
    </message>
    <message>
        <source>A weight chunk for tensor %1 of %2.</source>
        <translation>テンソル %1 (全 %2 個) の重みチャンクを受信しました。</translation>
    </message>
    <message>
        <source>%1: tensor %2 did not match its SHA-256; discarded</source>
        <translation>%1: テンソル %2 が SHA-256 と一致しなかったため破棄しました</translation>
    </message>
    <message>
        <source>%1: serving layers %2-%3 (%4 bytes of weights, built in %5 ms)</source>
        <translation>%1: レイヤー %2-%3 を提供中 (重み %4 バイト、構築時間 %5 ミリ秒)</translation>
    </message>
    <message>
        <source>A Forward before the stage is ready.</source>
        <translation>ステージの準備が整う前に Forward を受信しました。</translation>
    </message>
    <message>
        <source>A Forward without hidden states.</source>
        <translation>隠れ状態のない Forward を受信しました。</translation>
    </message>
    <message>
        <source>%1: layers %2-%3, %4</source>
        <translation>%1: レイヤー %2-%3、%4</translation>
    </message>
    <message>
        <source>an unknown exception</source>
        <translation>不明な例外</translation>
    </message>
    <message>
        <source>The node failed: %1</source>
        <translation>ノードでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>This computer has no compute device &apos;%1&apos; (it has: %2).</source>
        <translation>このコンピューターには計算デバイス &apos;%1&apos; がありません (あるもの: %2)。</translation>
    </message>
    <message>
        <source>The node failed on a %1 message: %2</source>
        <translation>%1 メッセージの処理中にノードでエラーが発生しました: %2</translation>
    </message>
    <message>
        <source>This node cannot compute on the device &apos;%1&apos; (it has: %2).</source>
        <translation>このノードはデバイス &apos;%1&apos; で計算できません (あるもの: %2)。</translation>
    </message>
    <message>
        <source>A KV cache chunk of %1 positions; this node takes 1 to %2.</source>
        <translation>%1 位置分の KV キャッシュチャンクです。このノードが受け付けるのは 1 から %2 までです。</translation>
    </message>
    <message>
        <source>Checking LoadStage failed: %1</source>
        <translation>LoadStage の確認に失敗しました: %1</translation>
    </message>
    <message>
        <source>layers %1-%2 in %3 (asked for %4)</source>
        <translation>%3 でのレイヤー %1-%2 (要求: %4)</translation>
    </message>
    <message>
        <source>Checking the weight cache failed: %1</source>
        <translation>重みキャッシュの確認に失敗しました: %1</translation>
    </message>
    <message>
        <source>The stage&apos;s result could not be sent: %1</source>
        <translation>ステージの結果を送信できませんでした: %1</translation>
    </message>
    <message>
        <source>Session %1 was dropped from this node to make room (it keeps at most %2 sessions of one coordinator, and their KV caches within the %3 it offers); start it over from its first token.</source>
        <translation>領域を空けるため、セッション %1 はこのノードから破棄されました (このノードが保持するのは 1 つのコーディネーターにつき最大 %2 セッションで、その KV キャッシュは提供する %3 の範囲内です)。最初のトークンからやり直してください。</translation>
    </message>
    <message>
        <source>Session %1 was dropped from this node to make room (it keeps at most %2 sessions of one coordinator); start it over from its first token.</source>
        <translation>領域を空けるため、セッション %1 はこのノードから破棄されました (このノードが保持するのは 1 つのコーディネーターにつき最大 %2 セッションです)。最初のトークンからやり直してください。</translation>
    </message>
    <message>
        <source>more than %1 sessions of one coordinator</source>
        <translation>1 つのコーディネーターのセッションが %1 個を超えています</translation>
    </message>
    <message>
        <source>KV caches beyond the %1 offered</source>
        <translation>KV キャッシュが提供されている %1 を超えています</translation>
    </message>
    <message>
        <source>Session %1 needs %2 more KV cache for %3 tokens; this node offers %4 and holds %5.</source>
        <translation>セッション %1 には %3 トークン分として KV キャッシュがあと %2 必要です。このノードが提供するのは %4 で、使用中は %5 です。</translation>
    </message>
    <message>
        <source>%1: dropped session %2 (%3)</source>
        <translation>%1: セッション %2 を破棄しました (%3)</translation>
    </message>
    <message>
        <source>The stage gave no result for this step.</source>
        <translation>ステージはこのステップの結果を返しませんでした。</translation>
    </message>
    <message>
        <source>The stage gave no hidden states.</source>
        <translation>ステージは隠れ状態を返しませんでした。</translation>
    </message>
    <message>
        <source>A ForwardBatch before the stage is ready.</source>
        <translation>ステージの準備ができる前の ForwardBatch です。</translation>
    </message>
</context>
<context>
    <name>mdi::NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>お知らせを閉じる</translation>
    </message>
</context>
<context>
    <name>mdi::OllamaRequest</name>
    <message>
        <source>%1.content must be a string</source>
        <translation>%1.content は文字列でなければなりません</translation>
    </message>
    <message>
        <source>%1.images must be a list of base64 strings</source>
        <translation>%1.images は base64 文字列のリストでなければなりません</translation>
    </message>
    <message>
        <source>%1.images[%2] must be a base64 string</source>
        <translation>%1.images[%2] は base64 文字列でなければなりません</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>リクエスト本文が正しい JSON ではありません: オフセット %2 で %1。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>リクエスト本文は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling) is not supported</source>
        <translation>&apos;tools&apos;（関数呼び出し）はサポートされていません</translation>
    </message>
    <message>
        <source>&apos;messages&apos; must be a list of messages</source>
        <translation>&apos;messages&apos; はメッセージのリストでなければなりません</translation>
    </message>
    <message>
        <source>%1: tool messages are not supported (no function calling)</source>
        <translation>%1: tool メッセージはサポートされていません（関数呼び出しはありません）</translation>
    </message>
    <message>
        <source>&apos;raw&apos; prompts are not supported: the prompt goes through the model&apos;s chat template</source>
        <translation>&apos;raw&apos; プロンプトはサポートされていません。プロンプトはモデルのチャットテンプレートを通ります</translation>
    </message>
    <message>
        <source>&apos;suffix&apos; (fill in the middle) is not supported</source>
        <translation>&apos;suffix&apos;（中間補完）はサポートされていません</translation>
    </message>
    <message>
        <source>&apos;context&apos; is not supported: send the conversation to /api/chat</source>
        <translation>&apos;context&apos; はサポートされていません。会話は /api/chat に送ってください</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; must be a string</source>
        <translation>&apos;prompt&apos; は文字列でなければなりません</translation>
    </message>
    <message>
        <source>&apos;options&apos; must be an object</source>
        <translation>&apos;options&apos; はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>options.num_predict must be an integer</source>
        <translation>options.num_predict は整数でなければなりません</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;json&quot; or a JSON schema</source>
        <translation>&apos;format&apos; は &quot;json&quot; または JSON スキーマでなければなりません</translation>
    </message>
</context>
<context>
    <name>mdi::PairedNodes</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; は有効なノード ID ではありません。</translation>
    </message>
    <message>
        <source>The key for node %1 has %2 bytes instead of %3.</source>
        <translation>ノード %1 のキーが %3 バイトではなく %2 バイトです。</translation>
    </message>
</context>
<context>
    <name>mdi::PairingCheck</name>
    <message>
        <source>%1 accepted the pairing code but did not say who it is within %2 s.</source>
        <translation>%1 はペアリングコードを受け入れましたが、%2 秒以内に自身の情報を通知しませんでした。</translation>
    </message>
    <message>
        <source>%1 answered Hello with a bad message: %2</source>
        <translation>%1 が Hello に不正なメッセージで応答しました: %2</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 が拒否しました: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 が接続を閉じました。</translation>
    </message>
    <message>
        <source>The pairing code is wrong: %1 refused the key made from it. Use the code that mdi-node shows there now (it changes when the node is given a new one).</source>
        <translation>ペアリングコードが間違っています: %1 はそのコードから生成されたキーを拒否しました。現在 mdi-node に表示されているコードを使用してください (ノードに新しいコードが設定されると変わります)。</translation>
    </message>
    <message>
        <source>%1 named itself &apos;%2&apos; in the handshake but &apos;%3&apos; in its HelloAck.</source>
        <translation>%1 はハンドシェイクでは &apos;%2&apos; と名乗りましたが、HelloAck では &apos;%3&apos; と名乗りました。</translation>
    </message>
</context>
<context>
    <name>mdi::PairingKey</name>
    <message>
        <source>&apos;%1&apos; is not a pairing code: it may only contain digits and the letters A-Z without U.</source>
        <translation>&apos;%1&apos; はペアリングコードではありません: 使用できるのは数字と A-Z の英字 (U を除く) のみです。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pairing code: a code has %2 characters, as in 7KQ4M-2XH9D.</source>
        <translation>&apos;%1&apos; はペアリングコードではありません: コードは 7KQ4M-2XH9D のように %2 文字です。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; は有効なノード ID ではありません。</translation>
    </message>
</context>
<context>
    <name>mdi::PdfChip</name>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>of %1, reading…</source>
        <translation>/ %1、読み込み中…</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>最初のページ</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>最後のページ</translation>
    </message>
    <message>
        <source>pages %1 to %2 of %3</source>
        <translation>%3 ページ中 %1～%2 ページ</translation>
    </message>
    <message>
        <source>Attached PDF %1, %2</source>
        <translation>添付された PDF %1、%2</translation>
    </message>
    <message>
        <source>%1
Each page goes to the model as an image: %2</source>
        <translation>%1
各ページは画像としてモデルに渡されます: %2</translation>
    </message>
    <message>
        <source>Remove this PDF</source>
        <translation>この PDF を外す</translation>
    </message>
    <message>
        <source>Remove PDF %1</source>
        <translation>PDF %1 を外す</translation>
    </message>
</context>
<context>
    <name>mdi::PdfPages</name>
    <message>
        <source>PDF support was not built in: this copy of MDI Chat was built without poppler-qt6. Attach the pages as images instead (a screenshot or an export from a PDF viewer).</source>
        <translation>PDF サポートは組み込まれていません: この MDI Chat は poppler-qt6 なしでビルドされました。代わりにページを画像として添付してください（スクリーンショットや PDF ビューアーからの書き出し）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; larger PDFs are not accepted</source>
        <translation>%1 は %2 MB を超えています。これより大きい PDF は受け付けません</translation>
    </message>
    <message>
        <source>PDF from a data: URL</source>
        <translation>data: URL の PDF</translation>
    </message>
    <message>
        <source>%1: malformed data: URL (data:application/pdf;base64,...)</source>
        <translation>%1: data: URL の形式が正しくありません (data:application/pdf;base64,...)</translation>
    </message>
    <message>
        <source>%1: only base64-encoded data: URLs are supported</source>
        <translation>%1: base64 でエンコードされた data: URL だけに対応しています</translation>
    </message>
    <message>
        <source>%1: it holds over %2 MB; larger PDFs are not accepted</source>
        <translation>%1: %2 MB を超えています。これより大きい PDF は受け付けません</translation>
    </message>
    <message>
        <source>%1: malformed data: URL: the base64 data is invalid</source>
        <translation>%1: data: URL の形式が正しくありません: base64 データが無効です</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF file</source>
        <translation>%1 は PDF ファイルではありません</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF: the file is damaged</source>
        <translation>%1 を PDF として読み込めません: ファイルが壊れています</translation>
    </message>
    <message>
        <source>%1 is protected by a password; save a copy without the password and attach that</source>
        <translation>%1 はパスワードで保護されています。パスワードなしのコピーを保存して、そちらを添付してください</translation>
    </message>
    <message>
        <source>%1 has no pages</source>
        <translation>%1 にはページがありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); there is no page %2</source>
        <translation>
            <numerusform>%1 は %n ページです。%2 ページはありません</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: page %2 has no size and cannot be shown</source>
        <translation>%1: %2 ページにはサイズがなく、表示できません</translation>
    </message>
    <message>
        <source>%1: page %2 could not be drawn (the file may be damaged)</source>
        <translation>%1: %2 ページを描画できませんでした（ファイルが壊れている可能性があります）</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); pages %2 to %3 cannot be taken</source>
        <translation>
            <numerusform>%1 は %n ページです。%2～%3 ページは取り出せません</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 pages are more than one message takes (at most %3); choose fewer pages</source>
        <translation>%1: %2 ページは 1 通のメッセージの上限（%3 ページ）を超えています。ページを減らしてください</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); with the pages before it that is more than %2, the most one request takes</source>
        <translation>
            <numerusform>%1 は %n ページです。前のページと合わせると、1 件のリクエストの上限 %2 を超えます</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PeerConnection</name>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>%2 秒以内に %1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the node is not paired with this computer.</source>
        <translation>%1 に接続できません: このノードはこのコンピューターとペアリングされていません。</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 が接続を閉じました。</translation>
    </message>
    <message>
        <source>The node at %1 is &apos;%2&apos;, not the paired node &apos;%3&apos;.</source>
        <translation>%1 のノードは &apos;%2&apos; で、ペアリング済みのノード &apos;%3&apos; ではありません。</translation>
    </message>
    <message>
        <source>Cannot pair with %1: %2</source>
        <translation>%1 とペアリングできません: %2</translation>
    </message>
    <message>
        <source>The node at %1 (&apos;%2&apos;) is not paired with this computer.</source>
        <translation>%1 のノード (&apos;%2&apos;) はこのコンピューターとペアリングされていません。</translation>
    </message>
    <message>
        <source>%1 speaks protocol version %2 (this program speaks version %3) and refused the connection: %4</source>
        <translation>%1 はプロトコルバージョン %2 を使用しており (このプログラムはバージョン %3)、接続を拒否しました: %4</translation>
    </message>
    <message>
        <source>%1 sent an invalid frame: %2</source>
        <translation>%1 が無効なフレームを送信しました: %2</translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>%1 を拒否しました: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: the pairing code is wrong or the node has a new one (%2).</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました: ペアリングコードが間違っているか、ノードのコードが新しくなっています (%2)。</translation>
    </message>
    <message>
        <source>%1 refused the connection: is mdi-node running there?</source>
        <translation>%1 が接続を拒否しました: そこで mdi-node が実行されていますか?</translation>
    </message>
    <message>
        <source>The host of %1 was not found.</source>
        <translation>%1 のホストが見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (wrong pairing code?).</source>
        <translation>%1 が TLS ハンドシェイク中に接続を閉じました (ペアリングコードが間違っている可能性があります)。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>%1 への接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing arrived for %2 s.</source>
        <translation>%1 が応答しなくなりました: %2 秒間何も届いていません。</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>%1 に接続されていません。</translation>
    </message>
    <message>
        <source>%1 closed the connection before checking the pairing code: the node is busy with other connections, or it pauses this computer after failed pairing attempts. Try again in a minute.</source>
        <translation>%1 はペアリングコードを確認する前に接続を閉じました。ノードが他の接続で手一杯か、ペアリングの失敗が続いたためこのコンピューターを一時的に拒否しています。1 分後にもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>mdi::PeerList</name>
    <message>
        <source>&apos;%1&apos; is not a host name or address with an optional port, such as 192.168.1.20:%2.</source>
        <translation>&apos;%1&apos; はホスト名またはアドレス (192.168.1.20:%2 のようにポートは省略可能) ではありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid port.</source>
        <translation>&apos;%1&apos; に有効なポートがありません。</translation>
    </message>
</context>
<context>
    <name>mdi::PeerPlacement</name>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT with a port from 1 to 65535.</source>
        <translation>&apos;%1&apos; は、ポートが 1 から 65535 の HOST:PORT 形式ではありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) need at least %n stage(s); the plan has %1.</source>
        <translation>
            <numerusform>%n 個のピアには少なくとも %n 個のステージが必要ですが、プランには %1 個しかありません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PeerRoster</name>
    <message>
        <source>%1 was not added by hand, so it cannot be removed.</source>
        <translation>%1 は手動で追加したものではないため、削除できません。</translation>
    </message>
    <message>
        <source>Choose the peer to pair with in the list.</source>
        <translation>ペアリングするピアを一覧から選択してください。</translation>
    </message>
    <message>
        <source>Cannot pair with %1: it is not in the list of peers.</source>
        <translation>%1 とペアリングできません: ピアの一覧にありません。</translation>
    </message>
    <message>
        <source>Not paired with %1: the code for another peer is still being checked.</source>
        <translation>%1 とはペアリングされていません: 別のピアのコードを確認中です。</translation>
    </message>
    <message>
        <source>Not paired with %1: %2</source>
        <translation>%1 とペアリングできませんでした: %2</translation>
    </message>
    <message>
        <source>Paired with %1. Apply and reload to run layers there.</source>
        <translation>%1 とペアリングしました。そこでレイヤーを実行するには、適用して再読み込みしてください。</translation>
    </message>
    <message>
        <source>%1 is not paired.</source>
        <translation>%1 はペアリングされていません。</translation>
    </message>
    <message>
        <source>%1 (another protocol version)</source>
        <translation>%1 (別のプロトコルバージョン)</translation>
    </message>
    <message>
        <source>A beacon placed %1 at %2, but no handshake with its key succeeded there, so it is still used at its old address: %3</source>
        <translation>ビーコンによると %1 は %2 にありますが、そこでその鍵によるハンドシェイクが成功しなかったため、引き続き以前のアドレスで使用します: %3</translation>
    </message>
    <message>
        <source>%1 moved to %2 (verified by a handshake with its key).</source>
        <translation>%1 は %2 に移動しました (その鍵によるハンドシェイクで確認済み)。</translation>
    </message>
</context>
<context>
    <name>mdi::PeerServer</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; は有効なノード ID ではありません。</translation>
    </message>
    <message>
        <source>The node has no pairing key.</source>
        <translation>ノードにペアリングキーがありません。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>The node stopped serving.</source>
        <translation>ノードはサービスを停止しました。</translation>
    </message>
    <message>
        <source>too many handshakes in progress</source>
        <translation>進行中のハンドシェイクが多すぎます</translation>
    </message>
    <message>
        <source>TLS handshake failed (a wrong pairing code, or not TLS): %1</source>
        <translation>TLS ハンドシェイクに失敗しました (ペアリングコードが間違っているか、TLS ではありません): %1</translation>
    </message>
    <message>
        <source>closed during the TLS handshake</source>
        <translation>TLS ハンドシェイク中に閉じられました</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation>%1 秒以内に TLS ハンドシェイクがありません</translation>
    </message>
    <message numerus="yes">
        <source>This node already serves %n connection(s).</source>
        <translation>
            <numerusform>このノードは既に %n 個の接続を処理しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed pairing attempt(s) in a row from this address; it is refused for another %1 s</source>
        <translation>
            <numerusform>このアドレスからペアリングが %n 回続けて失敗しました。あと %1 秒間拒否されます</numerusform>
        </translation>
    </message>
    <message>
        <source>closed before sending anything</source>
        <translation>何も送信されないまま閉じられました</translation>
    </message>
    <message>
        <source>nothing received within %1 s</source>
        <translation>%1 秒以内に何も受信しませんでした</translation>
    </message>
    <message>
        <source>too many handshakes in progress from %1</source>
        <translation>%1 からの進行中のハンドシェイクが多すぎます</translation>
    </message>
    <message>
        <source>sent nothing; its slot went to a newer connection</source>
        <translation>何も送信しませんでした。そのスロットは新しい接続に割り当てられました</translation>
    </message>
</context>
<context>
    <name>mdi::PeersPanel</name>
    <message>
        <source>Added %1. Enter the pairing code that mdi-node shows there to pair with it.</source>
        <translation>%1 を追加しました。ペアリングするには、そこで mdi-node に表示されているペアリングコードを入力してください。</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>ピア</translation>
    </message>
    <message>
        <source>Peers on the network</source>
        <translation>ネットワーク上のピア</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>ペアリング</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>空きメモリ</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>負荷</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <source>Computers running mdi-node. Tick a paired peer to let it run layers of the model.</source>
        <translation>mdi-node を実行しているコンピューター。ペアリング済みのピアにチェックを付けると、モデルのレイヤーを実行させることができます。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Peer address (host:port)</source>
        <translation>ピアのアドレス (host:port)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>追加(&amp;D)</translation>
    </message>
    <message>
        <source>Add a peer by its address, for networks where it is not found on its own</source>
        <translation>自動的に見つからないネットワークで、アドレスを指定してピアを追加します</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the peer added by hand</source>
        <translation>手動で追加したピアを削除します</translation>
    </message>
    <message>
        <source>Pairing c&amp;ode:</source>
        <translation>ペアリングコード(&amp;O):</translation>
    </message>
    <message>
        <source>Pairing code of the selected peer</source>
        <translation>選択したピアのペアリングコード</translation>
    </message>
    <message>
        <source>The code mdi-node prints when it starts. It is checked with the peer and not kept.</source>
        <translation>mdi-node の起動時に表示されるコード。ピアとの確認に使用され、保存されません。</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>ペアリング(&amp;P)</translation>
    </message>
    <message>
        <source>Forget Pairin&amp;g</source>
        <translation>ペアリングを解除(&amp;G)</translation>
    </message>
    <message>
        <source>Layer placement</source>
        <translation>レイヤーの配置</translation>
    </message>
    <message>
        <source>P&amp;lacement:</source>
        <translation>配置(&amp;L):</translation>
    </message>
    <message>
        <source>Automatic (planner)</source>
        <translation>自動 (プランナー)</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>このコンピューターのみ</translation>
    </message>
    <message>
        <source>Automatic splits the layers between this computer and the peers in use by their speed and free memory.</source>
        <translation>自動の場合、速度と空きメモリに応じて、このコンピューターと使用するピアにレイヤーを分配します。</translation>
    </message>
    <message>
        <source>Appl&amp;y and Reload</source>
        <translation>適用して再読み込み(&amp;Y)</translation>
    </message>
    <message>
        <source>Reload the model with this placement and the peers in use</source>
        <translation>この配置と使用するピアでモデルを再読み込みします</translation>
    </message>
    <message>
        <source>Looking for peers on the local network. Start mdi-node on another computer, or add one by its address.</source>
        <translation>ローカルネットワーク上のピアを探しています。別のコンピューターで mdi-node を起動するか、アドレスを指定してピアを追加してください。</translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation>ピア検出はオフです: %1</translation>
    </message>
    <message>
        <source>Discovery is off. Add peers by their address.</source>
        <translation>ピア検出はオフです。アドレスを指定してピアを追加してください。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Checking the code with %1…</source>
        <translation>%1 でコードを確認中…</translation>
    </message>
    <message>
        <source>Forgot the pairing with %1. Its code is needed to pair again.</source>
        <translation>%1 とのペアリングを解除しました。再度ペアリングするにはコードが必要です。</translation>
    </message>
    <message>
        <source>%1 will run layers after Apply and Reload.</source>
        <translation>%1 は適用して再読み込みした後にレイヤーを実行します。</translation>
    </message>
    <message>
        <source>%1 will not be used after Apply and Reload.</source>
        <translation>%1 は適用して再読み込みした後は使用されません。</translation>
    </message>
    <message>
        <source>%1
node id %2</source>
        <translation>%1
ノード ID %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未測定</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>not on the network</source>
        <translation>ネットワーク上にありません</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>手動で追加</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
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
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>ペアリング済み</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>未ペアリング</translation>
    </message>
    <message>
        <source>Incompatible (protocol %1)</source>
        <translation>互換性なし (プロトコル %1)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Tick the name to run layers of the model on %1.</source>
        <translation>%1 でモデルのレイヤーを実行するには、名前にチェックを付けてください。</translation>
    </message>
    <message>
        <source>Select it and enter the pairing code that mdi-node shows there.</source>
        <translation>選択して、そこで mdi-node に表示されているペアリングコードを入力してください。</translation>
    </message>
    <message>
        <source>Paired with %1. Apply and reload to run layers there.</source>
        <translation>%1 とペアリングしました。そこでレイヤーを実行するには、適用して再読み込みしてください。</translation>
    </message>
    <message>
        <source>Last reported: %1</source>
        <translation>最後の報告: %1</translation>
    </message>
    <message>
        <source>Paired, away</source>
        <translation>ペアリング済み (不在)</translation>
    </message>
</context>
<context>
    <name>mdi::Pipeline</name>
    <message>
        <source>The plan places layers %1-%2 on &apos;%3&apos;, which is neither this computer nor a known peer.</source>
        <translation>プランはレイヤー %1-%2 を &apos;%3&apos; に配置していますが、これはこのコンピューターでも既知のピアでもありません。</translation>
    </message>
    <message>
        <source>Loading the model failed: %1</source>
        <translation>モデルの読み込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3), and loading them here failed: %4</source>
        <translation>レイヤー %1-%2 を実行していたピアが失われ (%3)、このコンピューターでの読み込みにも失敗しました: %4</translation>
    </message>
    <message>
        <source>Other peers could not take them: %1</source>
        <translation>他のピアはこれらを引き継げませんでした: %1</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3); they now run on %4 and the answers in progress continue.</source>
        <translation>レイヤー %1-%2 を実行していたピアが失われました (%3)。これらは現在 %4 で実行されており、処理中の回答は続行されます。</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3); they now run on this computer and the answers in progress continue.</source>
        <translation>レイヤー %1-%2 を実行していたピアが失われました (%3)。これらは現在このコンピューターで実行されており、処理中の回答は続行されます。</translation>
    </message>
    <message>
        <source>The model was unloaded before the answer finished.</source>
        <translation>回答が完了する前にモデルがアンロードされました。</translation>
    </message>
    <message>
        <source>The conversation was closed before the answer finished.</source>
        <translation>回答が完了する前に会話が閉じられました。</translation>
    </message>
    <message>
        <source>This conversation is still answering; stop it first.</source>
        <translation>この会話はまだ回答を生成中です。先に停止してください。</translation>
    </message>
</context>
<context>
    <name>mdi::PlacementAssembly</name>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>The layers cannot be placed: %1</source>
        <translation>レイヤーを配置できません: %1</translation>
    </message>
</context>
<context>
    <name>mdi::Plan</name>
    <message>
        <source>The layer plan is empty: write ranges such as 0-%1,%1-%2 (first layer, then the layer after the last).</source>
        <translation>レイヤープランが空です: 0-%1,%1-%2 のように範囲を記述してください (最初のレイヤー、次に最後のレイヤーの次のレイヤー)。</translation>
    </message>
    <message>
        <source>The layer plan &apos;%2&apos; is not a range such as 0-%1 (first layer, then the layer after the last), nor a list of them such as 0-%3,%3-%1.</source>
        <translation>レイヤープラン &apos;%2&apos; は 0-%1 のような範囲 (最初のレイヤー、次に最後のレイヤーの次のレイヤー) でも、0-%3,%3-%1 のような範囲のリストでもありません。</translation>
    </message>
    <message>
        <source>&apos;%2&apos; in the layer plan &apos;%3&apos; is not a range such as 0-%1 (first layer, then the layer after the last).</source>
        <translation>レイヤープラン &apos;%3&apos; 内の &apos;%2&apos; は 0-%1 のような範囲 (最初のレイヤー、次に最後のレイヤーの次のレイヤー) ではありません。</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan is out of range: the model has %2 decoder layers (0-%2).</source>
        <translation>レイヤープランの範囲 %1 が範囲外です: このモデルのデコーダーレイヤーは %2 個 (0-%2) です。</translation>
    </message>
    <message>
        <source>The model has no decoder layers to place.</source>
        <translation>モデルに配置するデコーダーレイヤーがありません。</translation>
    </message>
    <message>
        <source>The layer plan has no stages: the model&apos;s %1 decoder layers must be placed.</source>
        <translation>レイヤープランにステージがありません: モデルの %1 個のデコーダーレイヤーを配置する必要があります。</translation>
    </message>
    <message>
        <source>The ranges of the layer plan are out of order: %1 comes after %2; list them in ring order, each starting where the previous one ends.</source>
        <translation>レイヤープランの範囲の順序が正しくありません: %1 が %2 の後にあります。各範囲が前の範囲の終わりから始まるように、リング順に並べてください。</translation>
    </message>
    <message>
        <source>Stage %1 (layers %2) of the layer plan has no host.</source>
        <translation>レイヤープランのステージ %1 (レイヤー %2) にホストがありません。</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan ends before it starts: write the first layer, then the layer after the last (%2).</source>
        <translation>レイヤープランの範囲 %1 は開始より前に終わっています: 最初のレイヤー、次に最後のレイヤーの次のレイヤーを記述してください (%2)。</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan holds no layers: the second number is the layer after the last (%2 for layer %3 alone).</source>
        <translation>レイヤープランの範囲 %1 にはレイヤーが含まれていません: 2 番目の数値は最後のレイヤーの次のレイヤーです (レイヤー %3 だけなら %2)。</translation>
    </message>
    <message>
        <source>%1 in no stage: the first range must start at 0.</source>
        <translation>%1どのステージにも含まれていません: 最初の範囲は 0 から始まる必要があります。</translation>
    </message>
    <message>
        <source>%1 in no stage: %2 is followed by %3; each range must start where the previous one ends.</source>
        <translation>%1どのステージにも含まれていません: %2 の次が %3 になっています。各範囲は前の範囲の終わりから始まる必要があります。</translation>
    </message>
    <message>
        <source>The ranges %1 and %2 of the layer plan overlap (%3 in both); each range must start where the previous one ends (%4).</source>
        <translation>レイヤープランの範囲 %1 と %2 が重なっています (%3両方に含まれています)。各範囲は前の範囲の終わりから始まる必要があります (%4)。</translation>
    </message>
    <message>
        <source>%2 in no stage: the last range must end at %1, the number of decoder layers.</source>
        <translation>%2どのステージにも含まれていません: 最後の範囲はデコーダーレイヤー数である %1 で終わる必要があります。</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>レイヤー %1</translation>
    </message>
    <message>
        <source>layers %1</source>
        <translation>レイヤー %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Layer %1 is</source>
        <translation>レイヤー %1 は</translation>
    </message>
    <message>
        <source>Layers %1 to %2 are</source>
        <translation>レイヤー %1～%2 は</translation>
    </message>
</context>
<context>
    <name>mdi::PlanView</name>
    <message>
        <source>Loading progress</source>
        <translation>読み込みの進行状況</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>実行場所</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Plan: which layers run where</source>
        <translation>プラン: どのレイヤーをどこで実行するか</translation>
    </message>
    <message>
        <source>The decoder layers of each stage and where they run. This computer always runs the vision tower, the embedding and the head.</source>
        <translation>各ステージのデコーダーレイヤーとその実行場所。ビジョンタワー、埋め込み、ヘッドは常にこのコンピューターで実行されます。</translation>
    </message>
    <message>
        <source>Token rows the stage computes per second of work, since the model was loaded</source>
        <translation>モデルの読み込み以降、ステージが処理時間 1 秒あたりに計算したトークン行数</translation>
    </message>
    <message>
        <source>Weights and key/value caches the stage holds</source>
        <translation>ステージが保持している重みとキー/値キャッシュ</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Layers %1</source>
        <translation>レイヤー %1</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <source>Loading: the peers receive the weights of their layers (those they do not have cached yet)…</source>
        <translation>読み込み中: ピアが各自のレイヤーの重み (まだキャッシュされていないもの) を受信しています…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込み中…</translation>
    </message>
    <message>
        <source>Every layer runs on this computer.</source>
        <translation>すべてのレイヤーがこのコンピューターで実行されます。</translation>
    </message>
    <message>
        <source>Weights sent to peers while loading: %1</source>
        <translation>読み込み中にピアに送信した重み: %1</translation>
    </message>
    <message>
        <source>No weights were sent while loading: the peers had them cached.</source>
        <translation>読み込み中に重みは送信されませんでした: ピアにキャッシュされていました。</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>Not used (not found on the network): %1</source>
        <translation>未使用 (ネットワーク上に見つかりません): %1</translation>
    </message>
</context>
<context>
    <name>mdi::Planner</name>
    <message>
        <source>The model has no decoder layers to place.</source>
        <translation>モデルに配置するデコーダーレイヤーがありません。</translation>
    </message>
    <message>
        <source>There is no computer to run the model on.</source>
        <translation>モデルを実行するコンピューターがありません。</translation>
    </message>
    <message>
        <source>Cannot plan for a context of %1 tokens and %2 sessions: both must be at least 1.</source>
        <translation>コンテキスト %1 トークン、セッション %2 個ではプランを作成できません: どちらも 1 以上である必要があります。</translation>
    </message>
    <message>
        <source>The host &apos;%1&apos; has no id.</source>
        <translation>ホスト &apos;%1&apos; に ID がありません。</translation>
    </message>
    <message>
        <source>Two hosts have the id &apos;%1&apos;.</source>
        <translation>2 つのホストの ID が同じ &apos;%1&apos; です。</translation>
    </message>
    <message>
        <source>Only one host can hold the embedding and head, but %1 and %2 both claim to.</source>
        <translation>埋め込みとヘッドを保持できるホストは 1 つだけですが、%1 と %2 の両方が保持しようとしています。</translation>
    </message>
    <message>
        <source>No speed is known for %1, but it must run the model&apos;s embedding and head.</source>
        <translation>%1 の速度が不明ですが、このホストはモデルの埋め込みとヘッドを実行する必要があります。</translation>
    </message>
    <message>
        <source>The model&apos;s embedding, vision tower and head need %2 in %3 on %1, plus %4 kept free, but it has only %5 free.</source>
        <translation>モデルの埋め込み、ビジョンタワー、ヘッドには %1 上で %3 で %2 が必要で、さらに %4 の空きを確保する必要がありますが、空きは %5 しかありません。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2, no speed measured</source>
        <translation>%1 %2、速度は未測定</translation>
    </message>
    <message>
        <source>The model needs %3 in %4: %5 for its %1 decoder layers (weights and the key/value cache for %2 tokens)</source>
        <translation>モデルには %4 で %3 が必要です: %1 個のデコーダーレイヤーに %5 (重みと %2 トークン分のキー/値キャッシュ)</translation>
    </message>
    <message>
        <source>, %1 on %2 for the embedding, vision tower and head</source>
        <translation>、%2 上で埋め込み、ビジョンタワー、ヘッドに %1</translation>
    </message>
    <message>
        <source>, and %1 kept free on each host. The hosts have %4 free (%5): room for only %2 of the %3 layers.</source>
        <translation>、さらに各ホストで %1 の空きを確保する必要があります。ホストの空きは合計 %4 (%5) で、%3 レイヤーのうち %2 レイヤー分の余裕しかありません。</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;</source>
        <translation>ノード &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>mdi::PortalScreenshot</name>
    <message>
        <source>The screen cannot be captured: there is no D-Bus session (the desktop portal answers there).</source>
        <translation>画面をキャプチャできません: D-Bus セッションがありません（デスクトップポータルはそこで応答します）。</translation>
    </message>
    <message>
        <source>The desktop portal refused the screenshot: %1</source>
        <translation>デスクトップポータルがスクリーンショットを拒否しました: %1</translation>
    </message>
    <message>
        <source>Capturing the screen on Wayland needs the desktop portal, and this copy of MDI Chat was built without D-Bus support. Take a screenshot with your desktop&apos;s tool and paste it (Ctrl+V).</source>
        <translation>Wayland で画面をキャプチャするにはデスクトップポータルが必要ですが、この MDI Chat は D-Bus 対応なしでビルドされました。デスクトップのツールでスクリーンショットを撮って貼り付けてください (Ctrl+V)。</translation>
    </message>
    <message>
        <source>The desktop portal could not take the screenshot.</source>
        <translation>デスクトップポータルはスクリーンショットを撮れませんでした。</translation>
    </message>
    <message>
        <source>The screenshot the portal wrote (%1) cannot be read.</source>
        <translation>ポータルが書き出したスクリーンショット（%1）を読み込めません。</translation>
    </message>
</context>
<context>
    <name>mdi::PrecisionChoice</name>
    <message>
        <source>%1 as requested.</source>
        <translation>%1 (指定どおり)。</translation>
    </message>
    <message>
        <source>%1: the checkpoint&apos;s own precision (best quality).</source>
        <translation>%1: チェックポイント本来の精度 (最高品質)。</translation>
    </message>
    <message>
        <source>Automatic: bf16 on %1.</source>
        <translation>自動: %1 では bf16。</translation>
    </message>
    <message>
        <source>Automatic: 8-bit language model (decoding reads every weight once per token, so fewer bytes are faster), %1 vision tower (best quality); %2 kernels on this CPU.</source>
        <translation>自動: 言語モデルは 8-bit (デコードではトークンごとにすべての重みを 1 回ずつ読むため、バイト数が少ないほど高速)、ビジョンタワーは %1 (最高品質)。この CPU では %2 カーネルを使用します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a precision; %2</source>
        <translation>&apos;%1&apos; は精度ではありません。%2</translation>
    </message>
</context>
<context>
    <name>mdi::PromptPlanner</name>
    <message numerus="yes">
        <source>The prompt needs %1 tokens (%2 of them for %n image(s)), but the model&apos;s context holds %3. Use fewer or smaller images (lower the maximum image size) or a shorter conversation.</source>
        <translation>
            <numerusform>プロンプトには %1 トークン (うち %2 トークンは %n 枚の画像用) が必要ですが、モデルのコンテキストに収まるのは %3 トークンです。画像の数を減らすか小さくする (最大画像サイズを下げる) か、会話を短くしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The prompt contains a video token (&lt;|video_pad|&gt;); video input is not supported.</source>
        <translation>プロンプトに動画トークン (&lt;|video_pad|&gt;) が含まれています。動画入力はサポートされていません。</translation>
    </message>
</context>
<context>
    <name>mdi::PskTls</name>
    <message>
        <source>TLS is not available (Qt&apos;s TLS backend &apos;%1&apos; did not load %2), so peers cannot be reached.</source>
        <translation>TLS を使用できません (Qt の TLS バックエンド &apos;%1&apos; が %2 を読み込みませんでした)。そのため、ピアに接続できません。</translation>
    </message>
    <message>
        <source>The TLS backend &apos;%1&apos; does not support pre-shared keys, which peers use; Qt&apos;s OpenSSL backend does.</source>
        <translation>TLS バックエンド &apos;%1&apos; は、ピアが使用する事前共有キーをサポートしていません。Qt の OpenSSL バックエンドはサポートしています。</translation>
    </message>
    <message>
        <source>The TLS backend &apos;%1&apos; (%2) offers none of the TLS-PSK cipher suites peers use (%3).</source>
        <translation>TLS バックエンド &apos;%1&apos; (%2) は、ピアが使用する TLS-PSK 暗号スイート (%3) をどれも提供していません。</translation>
    </message>
</context>
<context>
    <name>mdi::Qwen2VLModel</name>
    <message>
        <source>Nothing to process: the prompt has no tokens.</source>
        <translation>処理する内容がありません: プロンプトにトークンがありません。</translation>
    </message>
    <message>
        <source>Image %1 has %2 pixel values; its %3x%4 patch grid needs %5.</source>
        <translation>画像 %1 のピクセル値は %2 個ですが、%3x%4 のパッチグリッドには %5 個必要です。</translation>
    </message>
    <message>
        <source>Prefill failed: %1</source>
        <translation>プリフィルに失敗しました: %1</translation>
    </message>
    <message>
        <source>Decoding failed: %1</source>
        <translation>デコードに失敗しました: %1</translation>
    </message>
    <message>
        <source>Cannot keep %1 tokens: the cache holds %2.</source>
        <translation>%1 トークンを保持できません: キャッシュに収まるのは %2 トークンです。</translation>
    </message>
</context>
<context>
    <name>mdi::RandomCheckpointWriter</name>
    <message>
        <source>Random checkpoints are written in BF16 or F32, not %1.</source>
        <translation>ランダムなチェックポイントは %1 ではなく BF16 または F32 で書き込まれます。</translation>
    </message>
    <message>
        <source>The shard size must be positive.</source>
        <translation>シャードサイズは正の値である必要があります。</translation>
    </message>
    <message>
        <source>%1 has no tokenizer.json to copy.</source>
        <translation>%1 にコピーする tokenizer.json がありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new folder or allow overwriting.</source>
        <translation>%1 は空ではありません。新しいフォルダーを選択するか、上書きを許可してください。</translation>
    </message>
    <message>
        <source>%1 needs %2 MB of free space; %3 MB are available.</source>
        <translation>%1 には %2 MB の空き容量が必要ですが、使用可能なのは %3 MB です。</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 を %2 にコピーできません。</translation>
    </message>
    <message>
        <source>The written checkpoint does not validate: %1</source>
        <translation>書き込んだチェックポイントの検証に失敗しました: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>mdi::Reader</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; は文字列である必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; at most %3 are allowed</source>
        <translation>&quot;%1&quot; の長さは %2 文字です。許可されるのは %3 文字までです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; は %2 から %3 までの整数である必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; は配列である必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 entries; at most %3 are allowed</source>
        <translation>&quot;%1&quot; には %2 個のエントリがあります。許可されるのは %3 個までです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 time such as 2024-05-01T12:00:00.000Z; got &quot;%2&quot;</source>
        <translation>&quot;%1&quot; は 2024-05-01T12:00:00.000Z のような ISO 8601 形式の時刻である必要があります。指定値: &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>mdi::RegionSelector</name>
    <message>
        <source>Screen region selection</source>
        <translation>画面領域の選択</translation>
    </message>
    <message>
        <source>Drag over the part of the screen to attach; Esc cancels.</source>
        <translation>添付する画面の部分をドラッグしてください。Esc で取り消します。</translation>
    </message>
    <message>
        <source>Drag over the part of the screen to attach. Esc cancels.</source>
        <translation>添付する画面の部分をドラッグしてください。Esc で取り消します。</translation>
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
        <translation>%1 が Hello に不正なメッセージで応答しました: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: layers %2-%3</source>
        <translation>%1: レイヤー %2-%3</translation>
    </message>
    <message>
        <source>%1 sent a bad answer to LoadStage.</source>
        <translation>%1 が LoadStage に不正な応答を送信しました。</translation>
    </message>
    <message>
        <source>%1 sent a bad WeightAck: %2</source>
        <translation>%1 が不正な WeightAck を送信しました: %2</translation>
    </message>
    <message>
        <source>%1 received tensor %2 damaged (SHA-256 mismatch).</source>
        <translation>%1 が受信したテンソル %2 は破損していました (SHA-256 の不一致)。</translation>
    </message>
    <message>
        <source>%1 sent a bad StageReady: %2</source>
        <translation>%1 が不正な StageReady を送信しました: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an unreadable error</source>
        <translation>読み取れないエラー</translation>
    </message>
    <message>
        <source>%1 refused the stage: %2</source>
        <translation>%1 がステージを拒否しました: %2</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>接続が閉じられました</translation>
    </message>
    <message>
        <source>Lost the peer %1: %2</source>
        <translation>ピア %1 が失われました: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The checkpoint has no tensor %1.</source>
        <translation>チェックポイントにテンソル %1 がありません。</translation>
    </message>
    <message>
        <source>Loading layers %1-%2 on %3 was cancelled.</source>
        <translation>%3 でのレイヤー %1-%2 の読み込みはキャンセルされました。</translation>
    </message>
    <message>
        <source>answer Hello</source>
        <translation>Hello に応答</translation>
    </message>
    <message>
        <source>answer LoadStage</source>
        <translation>LoadStage に応答</translation>
    </message>
    <message>
        <source>sent an unreadable Result (%1)</source>
        <translation>読み取れない Result を送信しました (%1)</translation>
    </message>
    <message>
        <source>answered step %1 of session %2 with step %3 of session %4</source>
        <translation>セッション %2 のステップ %1 に、セッション %4 のステップ %3 で応答しました</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>%1 を送信しました</translation>
    </message>
    <message>
        <source>sent hidden states that could not be read (%1)</source>
        <translation>読み取れない隠れ状態を送信しました (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>take the weights</source>
        <translation>重みを受信</translation>
    </message>
    <message>
        <source>send StageReady</source>
        <translation>StageReady を送信</translation>
    </message>
    <message>
        <source>did not %1 in time (layers %2-%3)</source>
        <translation>時間内に%1しませんでした (レイヤー %2-%3)</translation>
    </message>
    <message>
        <source>did not answer a Forward (%1 tokens) within %2 s</source>
        <translation>Forward (%1 トークン) に %2 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>did not answer a DropSession within %1 s</source>
        <translation>DropSession に %1 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>answered a Forward with a ResultBatch</source>
        <translation>Forward に ResultBatch で応答しました</translation>
    </message>
    <message>
        <source>sent an unreadable ResultBatch (%1)</source>
        <translation>読み取れない ResultBatch を送信しました（%1）</translation>
    </message>
    <message>
        <source>answered a batch of %1 steps with %2</source>
        <translation>%1 ステップのバッチに %2 で応答しました</translation>
    </message>
    <message>
        <source>sent %1 rows for a step of session %2 that has %3</source>
        <translation>セッション %2 の %3 行のステップに %1 行を送信しました</translation>
    </message>
</context>
<context>
    <name>mdi::ResourceLine</name>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
</context>
<context>
    <name>mdi::ResourceSummary</name>
    <message>
        <source>on this computer</source>
        <translation>このコンピューター上</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1 上</translation>
    </message>
    <message>
        <source>all %1 parts on %2</source>
        <translation>%1 個の部分すべてが %2 上</translation>
    </message>
    <message>
        <source>%1 of %2 parts on %3</source>
        <translation>%2 個中 %1 個の部分が %3 上</translation>
    </message>
    <message>
        <source>%1, the rest here</source>
        <translation>%1、残りはここ</translation>
    </message>
    <message>
        <source>%1 in memory</source>
        <translation>メモリ %1</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 スレッド</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <source>MDI Chat uses %1 of this computer&apos;s memory.</source>
        <translation>MDI Chat はこのコンピューターのメモリを %1 使っています。</translation>
    </message>
    <message>
        <source>It computes with %1 threads.</source>
        <translation>%1 スレッドで計算しています。</translation>
    </message>
    <message>
        <source>The last answer came at %1 tokens a second.</source>
        <translation>最後の回答は毎秒 %1 トークンでした。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Part %1 of %2 on %3: layers %4–%5, weights %6, conversation memory %7</source>
        <translation>%2 個中 %1 番目の部分（%3）: 層 %4–%5、重み %6、会話メモリ %7</translation>
    </message>
    <message>
        <source> (%1 free there)</source>
        <translation>（そちらの空き %1）</translation>
    </message>
</context>
<context>
    <name>mdi::ResponsesRequest</name>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 は文字列でなければなりません</translation>
    </message>
    <message>
        <source>%1: an input_image needs &quot;image_url&quot; with a data: URL (data:image/png;base64,...); uploaded files (file_id) are not supported</source>
        <translation>%1: input_image には data: URL（data:image/png;base64,...）を持つ &quot;image_url&quot; が必要です。アップロードしたファイル（file_id）はサポートされていません</translation>
    </message>
    <message>
        <source>%1: content of type &apos;%2&apos; is not supported (input_text, input_image, output_text)</source>
        <translation>%1: 型 &apos;%2&apos; の内容はサポートされていません（input_text、input_image、output_text）</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>リクエスト本文が正しい JSON ではありません: オフセット %2 で %1。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>リクエスト本文は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>&apos;previous_response_id&apos; is not supported: this server keeps no responses; send the whole conversation in &apos;input&apos;</source>
        <translation>&apos;previous_response_id&apos; はサポートされていません。このサーバーは応答を保存しません。会話全体を &apos;input&apos; で送ってください</translation>
    </message>
    <message>
        <source>&apos;conversation&apos; is not supported: this server keeps no conversations; send the whole conversation in &apos;input&apos;</source>
        <translation>&apos;conversation&apos; はサポートされていません。このサーバーは会話を保存しません。会話全体を &apos;input&apos; で送ってください</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling, built-in tools) is not supported</source>
        <translation>&apos;tools&apos;（関数呼び出し、組み込みツール）はサポートされていません</translation>
    </message>
    <message>
        <source>&apos;background&apos; is not supported: answers are given while the request waits</source>
        <translation>&apos;background&apos; はサポートされていません。回答はリクエストが待っている間に返されます</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; (stored prompt templates) is not supported</source>
        <translation>&apos;prompt&apos;（保存されたプロンプトテンプレート）はサポートされていません</translation>
    </message>
    <message>
        <source>&apos;instructions&apos; must be a string</source>
        <translation>&apos;instructions&apos; は文字列でなければなりません</translation>
    </message>
    <message>
        <source>%1: items of type &apos;%2&apos; are not supported (only messages: this server has no tools or reasoning items)</source>
        <translation>%1: 型 &apos;%2&apos; の項目はサポートされていません（メッセージのみ。このサーバーにはツールや推論の項目がありません）</translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of parts</source>
        <translation>%1.content は文字列またはパーツのリストでなければなりません</translation>
    </message>
    <message>
        <source>&apos;input&apos; must be a string or a list of messages</source>
        <translation>&apos;input&apos; は文字列またはメッセージのリストでなければなりません</translation>
    </message>
    <message>
        <source>&apos;max_output_tokens&apos; must be an integer between 1 and %1</source>
        <translation>&apos;max_output_tokens&apos; は 1 から %1 までの整数でなければなりません</translation>
    </message>
</context>
<context>
    <name>mdi::ResultBatchMessage</name>
    <message>
        <source>a ResultBatch needs at least one entry</source>
        <translation>ResultBatch には少なくとも 1 つのエントリが必要です</translation>
    </message>
    <message>
        <source>%1 rows for an entry (%2)</source>
        <translation>エントリに %1 行（%2）</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>最大 %1</translation>
    </message>
    <message>
        <source>a failed entry has none</source>
        <translation>失敗したエントリには行がありません</translation>
    </message>
    <message>
        <source>the entries hold more than %1 rows</source>
        <translation>エントリの行が %1 を超えています</translation>
    </message>
</context>
<context>
    <name>mdi::ResultMessage</name>
    <message>
        <source>a failed Result carries no hidden states</source>
        <translation>失敗した Result には隠れ状態は含まれません</translation>
    </message>
    <message>
        <source>%1 rows of hidden states for %2 tokens</source>
        <translation>%2 トークンに対して隠れ状態が %1 行あります</translation>
    </message>
    <message>
        <source>hidden states need at least one column</source>
        <translation>隠れ状態には 1 列以上が必要です</translation>
    </message>
</context>
<context>
    <name>mdi::RopeIndex</name>
    <message>
        <source>The prompt contains a video token at position %1; video input is not supported.</source>
        <translation>プロンプトの位置 %1 に動画トークンが含まれています。動画入力はサポートされていません。</translation>
    </message>
    <message>
        <source>Image %1 has an invalid patch grid %2x%3x%4 (rows and columns must be positive multiples of %5).</source>
        <translation>画像 %1 のパッチグリッド %2x%3x%4 が無効です (行と列は %5 の正の倍数である必要があります)。</translation>
    </message>
    <message>
        <source>Image %1 needs %2 image tokens but the prompt has %3 at position %4.</source>
        <translation>画像 %1 には %2 個の画像トークンが必要ですが、プロンプトの位置 %4 には %3 個あります。</translation>
    </message>
    <message numerus="yes">
        <source>The prompt has more image placeholders than the %n image(s) given.</source>
        <translation>
            <numerusform>プロンプト内の画像プレースホルダーが、指定された %n 枚の画像より多くあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were given but the prompt has placeholders for %1.</source>
        <translation>
            <numerusform>%n 枚の画像が指定されましたが、プロンプトのプレースホルダーは %1 個です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::SafetensorsFile</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: ファイルが見つかりません (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: not a safetensors file: %2 bytes is shorter than the 8-byte header length</source>
        <translation>%1: safetensors ファイルではありません: %2 バイトは 8 バイトのヘッダー長より短いです</translation>
    </message>
    <message>
        <source>%1: cannot map the file into memory: %2</source>
        <translation>%1: ファイルをメモリにマップできません: %2</translation>
    </message>
    <message>
        <source>%1: header length %2 exceeds the limit of %3 bytes (corrupt file?)</source>
        <translation>%1: ヘッダー長 %2 が上限の %3 バイトを超えています (ファイルが破損していませんか?)</translation>
    </message>
    <message>
        <source>%1: header length %2 runs past the end of the file (%3 bytes; truncated?)</source>
        <translation>%1: ヘッダー長 %2 がファイルの末尾 (%3 バイト) を超えています (ファイルが切り詰められていませんか?)</translation>
    </message>
    <message>
        <source>%1: header is not valid JSON (offset %2: %3)</source>
        <translation>%1: ヘッダーが有効な JSON ではありません (オフセット %2: %3)</translation>
    </message>
    <message>
        <source>%1: header is not a JSON object</source>
        <translation>%1: ヘッダーが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; appears more than once in the header</source>
        <translation>%1: テンソル &apos;%2&apos; がヘッダーに複数回出現しています</translation>
    </message>
    <message>
        <source>%1: __metadata__ is not an object</source>
        <translation>%1: __metadata__ がオブジェクトではありません</translation>
    </message>
    <message>
        <source>%1: entry &apos;%2&apos; is not an object</source>
        <translation>%1: エントリ &apos;%2&apos; がオブジェクトではありません</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has unknown dtype &apos;%3&apos;</source>
        <translation>%1: テンソル &apos;%2&apos; の dtype &apos;%3&apos; は不明です</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no shape list</source>
        <translation>%1: テンソル &apos;%2&apos; に形状のリストがありません</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has an invalid dimension in its shape</source>
        <translation>%1: テンソル &apos;%2&apos; の形状に無効な次元があります</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is larger than the file</source>
        <translation>%1: テンソル &apos;%2&apos; がファイルより大きくなっています</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; needs data_offsets [begin, end]</source>
        <translation>%1: テンソル &apos;%2&apos; には data_offsets [begin, end] が必要です</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has invalid data_offsets [%3, %4]</source>
        <translation>%1: テンソル &apos;%2&apos; の data_offsets [%3, %4] が無効です</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; lies outside the data (ends at byte %3 of %4; truncated file?)</source>
        <translation>%1: テンソル &apos;%2&apos; がデータの範囲外にあります (%4 バイト中のバイト %3 で終わっています。ファイルが切り詰められていませんか?)</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos;: shape x dtype size is %3 bytes but its byte range holds %4</source>
        <translation>%1: テンソル &apos;%2&apos;: 形状 x dtype のサイズは %3 バイトですが、そのバイト範囲は %4 バイトです</translation>
    </message>
    <message>
        <source>%1: the byte ranges of tensors &apos;%2&apos; and &apos;%3&apos; overlap</source>
        <translation>%1: テンソル &apos;%2&apos; と &apos;%3&apos; のバイト範囲が重なっています</translation>
    </message>
</context>
<context>
    <name>mdi::SafetensorsWriter</name>
    <message>
        <source>%1: tensor &apos;%2&apos; declared after writing began</source>
        <translation>%1: テンソル &apos;%2&apos; が書き込み開始後に宣言されました</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid tensor name</source>
        <translation>%1: &apos;%2&apos; は有効なテンソル名ではありません</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; added twice</source>
        <translation>%1: テンソル &apos;%2&apos; が 2 回追加されました</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has a negative dimension</source>
        <translation>%1: テンソル &apos;%2&apos; に負の次元があります</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is too large</source>
        <translation>%1: テンソル &apos;%2&apos; が大きすぎます</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; needs %3 bytes, %4 were given</source>
        <translation>%1: テンソル &apos;%2&apos; には %3 バイトが必要ですが、%4 バイトが指定されました</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: writing has already begun</source>
        <translation>%1: 書き込みは既に開始されています</translation>
    </message>
    <message>
        <source>%1: append() before begin()</source>
        <translation>%1: begin() の前に append() が呼び出されました</translation>
    </message>
    <message>
        <source>more tensor data than the header declares (%1 bytes)</source>
        <translation>テンソルデータがヘッダーの宣言 (%1 バイト) より多くなっています</translation>
    </message>
    <message>
        <source>%1: commit() before begin()</source>
        <translation>%1: begin() の前に commit() が呼び出されました</translation>
    </message>
    <message>
        <source>%1 of %2 bytes of tensor data were written</source>
        <translation>テンソルデータは %2 バイト中 %1 バイトが書き込まれました</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no data</source>
        <translation>%1: テンソル &apos;%2&apos; にデータがありません</translation>
    </message>
</context>
<context>
    <name>mdi::SamplingPreset</name>
    <message>
        <source>As in Settings</source>
        <translation>設定のとおり</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>正確</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>バランス</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>創造的</translation>
    </message>
    <message>
        <source>The sampling chosen in Settings for every conversation.</source>
        <translation>設定ですべての会話に選んだサンプリングです。</translation>
    </message>
    <message>
        <source>The model&apos;s own values: the most likely answer, the same each time (Regenerate still varies it).</source>
        <translation>モデル自身の値: 最も可能性の高い回答で、毎回同じです（再生成では変わります）。</translation>
    </message>
    <message>
        <source>Some variety, still to the point: the values Qwen recommends for chat.</source>
        <translation>適度な変化がありつつ要点を外しません: Qwen がチャット用に推奨する値です。</translation>
    </message>
    <message>
        <source>More varied and surprising wording; may wander off more often.</source>
        <translation>より変化に富んだ意外な表現になります。話がそれることも増えます。</translation>
    </message>
    <message>
        <source>sampling: the preset &apos;%1&apos; is unknown (precise, balanced or creative)</source>
        <translation>sampling: プリセット「%1」は不明です（precise、balanced、creative のいずれか）</translation>
    </message>
    <message>
        <source>greedy: always the most likely word</source>
        <translation>貪欲: 常に最も可能性の高い単語</translation>
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
        <translation>top-p オフ</translation>
    </message>
    <message>
        <source>top-k %1</source>
        <translation>top-k %1</translation>
    </message>
    <message>
        <source>top-k off</source>
        <translation>top-k オフ</translation>
    </message>
    <message>
        <source>min-p %1</source>
        <translation>min-p %1</translation>
    </message>
    <message>
        <source>%1: in effect always the most likely word</source>
        <translation>%1: 実質的に常に最も可能性の高い単語</translation>
    </message>
</context>
<context>
    <name>mdi::ScreenCapture</name>
    <message>
        <source>Capture Screen &amp;Region</source>
        <translation>画面の領域をキャプチャ(&amp;R)</translation>
    </message>
    <message>
        <source>Attach a picture of part of the screen (Ctrl+Shift+S)</source>
        <translation>画面の一部の画像を添付します (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>The screen cannot be captured: no screen was found.</source>
        <translation>画面をキャプチャできません: 画面が見つかりません。</translation>
    </message>
    <message>
        <source>The screen could not be captured (the system did not hand out its picture). Take a screenshot with your desktop&apos;s tool and paste it (Ctrl+V).</source>
        <translation>画面をキャプチャできませんでした（システムが画像を渡しませんでした）。デスクトップのツールでスクリーンショットを撮って貼り付けてください (Ctrl+V)。</translation>
    </message>
</context>
<context>
    <name>mdi::ServeCommand</name>
    <message>
        <source>Address to listen on (default 127.0.0.1; 0.0.0.0 exposes the API to the network).</source>
        <translation>待ち受けるアドレス (既定値: 127.0.0.1。0.0.0.0 では API がネットワークに公開されます)。</translation>
    </message>
    <message>
        <source>Port to listen on (default 8080; 0 picks a free one).</source>
        <translation>待ち受けるポート (既定値: 8080。0 の場合は空いているポートを選択します)。</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer KEY&quot; on every request (default: the MDI_API_KEY environment variable).</source>
        <translation>すべてのリクエストに &quot;Authorization: Bearer KEY&quot; を要求します (既定値: 環境変数 MDI_API_KEY)。</translation>
    </message>
    <message>
        <source>Largest request body in MiB (default 50).</source>
        <translation>リクエスト本文の最大サイズ (MiB 単位、既定値: 50)。</translation>
    </message>
    <message>
        <source>--model DIR is required (see --help)</source>
        <translation>--model DIR は必須です (--help を参照)</translation>
    </message>
    <message>
        <source>--host takes an IP address such as 127.0.0.1 or ::1, not &apos;%1&apos;</source>
        <translation>--host には 127.0.0.1 や ::1 などの IP アドレスを指定します (&apos;%1&apos; は無効です)</translation>
    </message>
    <message>
        <source>--max-body-mb must be 1..4096 and --max-answers at least 1</source>
        <translation>--max-body-mb は 1..4096、--max-answers は 1 以上である必要があります</translation>
    </message>
    <message>
        <source>warning: listening on %1 without an API key; anyone who can reach this machine can use the model%2</source>
        <translation>警告: API キーなしで %1 で待ち受けています。このマシンにアクセスできる人は誰でもモデルを使用できます%2</translation>
    </message>
    <message>
        <source> and read image files on it</source>
        <translation> (このマシン上の画像ファイルも読み取れます)</translation>
    </message>
    <message>
        <source>model %1 loaded (plan %2, %3)</source>
        <translation>モデル %1 を読み込みました (プラン %2、%3)</translation>
    </message>
    <message>
        <source>Answers in progress at once; more requests wait (default 16).</source>
        <translation>同時に生成する回答の数。これを超えるリクエストは待機します (既定値 16)。</translation>
    </message>
    <message>
        <source>Requests waiting for a free answer slot; more get 429 (default 64).</source>
        <translation>回答の空きスロットを待つリクエストの数。これを超えると 429 が返されます (既定値 64)。</translation>
    </message>
    <message>
        <source>Seconds a request waits for a slot before it gets 429 (default 60).</source>
        <translation>リクエストがスロットを待つ秒数。これを過ぎると 429 が返されます (既定値 60)。</translation>
    </message>
    <message>
        <source>Read file:// image URLs from this computer&apos;s disk (off by default: only data: URLs are read).</source>
        <translation>file:// 画像 URL をこのコンピューターのディスクから読み込みます (既定ではオフ: data: URL のみ読み込みます)。</translation>
    </message>
    <message>
        <source>Refuse file:// image URLs (the default; overrides --allow-file-urls).</source>
        <translation>file:// 画像 URL を拒否します (既定値。--allow-file-urls を上書きします)。</translation>
    </message>
    <message>
        <source>Another name requests may use for the model, listed by /v1/models (repeatable).</source>
        <translation>リクエストでモデルに使える別名。/v1/models に表示されます (複数指定可)。</translation>
    </message>
    <message>
        <source>--max-queue must be at least 0 and --queue-timeout 1..3600</source>
        <translation>--max-queue は 0 以上、--queue-timeout は 1..3600 である必要があります</translation>
    </message>
    <message>
        <source>--model-alias needs a name</source>
        <translation>--model-alias には名前が必要です</translation>
    </message>
    <message>
        <source>Serves the model over HTTP: OpenAI-compatible chat completions and responses with images, and Ollama&apos;s API (see docs/API.md).</source>
        <translation>モデルを HTTP で提供します: 画像付きの OpenAI 互換 chat completions と responses、および Ollama の API（docs/API.md を参照）。</translation>
    </message>
    <message>
        <source>Let web pages from ORIGIN (such as http://localhost:3000; * for any) call the API: CORS (repeatable; off by default).</source>
        <translation>ORIGIN（例: http://localhost:3000。* はすべて）のウェブページに API の呼び出しを許可します: CORS（複数指定可。既定ではオフ）。</translation>
    </message>
    <message>
        <source>Accept requests addressed to NAME (the Host header, such as host.docker.internal) besides localhost (repeatable).</source>
        <translation>localhost に加えて NAME（Host ヘッダー。例: host.docker.internal）宛てのリクエストを受け付けます（複数指定可）。</translation>
    </message>
    <message>
        <source>--cors-origin: %1</source>
        <translation>--cors-origin: %1</translation>
    </message>
    <message>
        <source>--allow-host takes a host name such as host.docker.internal, not &apos;%1&apos;</source>
        <translation>--allow-host には host.docker.internal のようなホスト名を指定してください（&apos;%1&apos; ではなく）</translation>
    </message>
</context>
<context>
    <name>mdi::SettingsDialog</name>
    <message>
        <source>Model default</source>
        <translation>モデルの既定値</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド数</translation>
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
        <translation>繰り返しペナルティ</translation>
    </message>
    <message>
        <source>Maximum new tokens</source>
        <translation>新規トークンの最大数</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>モデルフォルダー</translation>
    </message>
    <message>
        <source>Folder with config.json and *.safetensors</source>
        <translation>config.json と *.safetensors を含むフォルダー</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>モデルフォルダーを選択</translation>
    </message>
    <message>
        <source>Compute precision</source>
        <translation>計算精度</translation>
    </message>
    <message>
        <source>Threads for the computation; Automatic uses the physical cores (%1 logical here).</source>
        <translation>計算に使うスレッド数。自動の場合は物理コア数を使用します (このコンピューターの論理コア数: %1)。</translation>
    </message>
    <message>
        <source>Maximum image size in pixels</source>
        <translation>最大画像サイズ (ピクセル数)</translation>
    </message>
    <message>
        <source> pixels</source>
        <translation> ピクセル</translation>
    </message>
    <message>
        <source>Larger images are scaled down to this many pixels before the model sees them. More pixels show more detail but take more time and context.</source>
        <translation>これより大きい画像は、モデルに渡す前にこのピクセル数まで縮小されます。ピクセル数が多いほど細部まで認識できますが、時間とコンテキストを多く消費します。</translation>
    </message>
    <message>
        <source>Model &amp;folder:</source>
        <translation>モデルフォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>スレッド数(&amp;T):</translation>
    </message>
    <message>
        <source>Maximum &amp;image size:</source>
        <translation>最大画像サイズ(&amp;I):</translation>
    </message>
    <message>
        <source>Changes to the model, precision, threads or image size reload the model.</source>
        <translation>モデル、精度、スレッド数、画像サイズを変更すると、モデルが再読み込みされます。</translation>
    </message>
    <message>
        <source>Default system prompt</source>
        <translation>既定のシステムプロンプト</translation>
    </message>
    <message>
        <source>Empty: the model&apos;s own default (&quot;You are a helpful assistant.&quot;)</source>
        <translation>空の場合: モデル自体の既定値 (&quot;You are a helpful assistant.&quot;)</translation>
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
        <translation>繰り返しペナルティ(&amp;R):</translation>
    </message>
    <message>
        <source>Maximum &amp;new tokens:</source>
        <translation>新規トークンの最大数(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>システムプロンプト(&amp;S):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定値</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>テーマ(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>回答(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>外観(&amp;P)</translation>
    </message>
    <message>
        <source>Choose the Model Folder</source>
        <translation>モデルフォルダーの選択</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Serve the loaded model to programs on this computer</source>
        <translation>読み込んだモデルをこのコンピューター上のプログラムに提供する(&amp;S)</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>ローカル API</translation>
    </message>
    <message>
        <source>Local API port</source>
        <translation>ローカル API のポート</translation>
    </message>
    <message>
        <source>Local API key</source>
        <translation>ローカル API のキー</translation>
    </message>
    <message>
        <source>None: every program on this computer may use it</source>
        <translation>なし: このコンピューター上のすべてのプログラムが使用できます</translation>
    </message>
    <message>
        <source>OpenAI-compatible chat completions with images at http://127.0.0.1:PORT/v1, for scripts and other tools. Only this computer can connect; with a key, requests must send &quot;Authorization: Bearer KEY&quot;.</source>
        <translation>スクリプトやその他のツール向けに、http://127.0.0.1:PORT/v1 で画像対応の OpenAI 互換チャット補完を提供します。接続できるのはこのコンピューターのみです。キーを設定した場合、リクエストでは &quot;Authorization: Bearer KEY&quot; を送信する必要があります。</translation>
    </message>
    <message>
        <source>&amp;Local API</source>
        <translation>ローカル API(&amp;L)</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>自動 (推奨)</translation>
    </message>
    <message>
        <source>Best quality (bf16/f32)</source>
        <translation>最高品質 (bf16/f32)</translation>
    </message>
    <message>
        <source>Balanced (8-bit)</source>
        <translation>バランス (8-bit)</translation>
    </message>
    <message>
        <source>Smallest (4-bit)</source>
        <translation>最小 (4-bit)</translation>
    </message>
    <message>
        <source>Automatic picks the fastest weight format that keeps quality on this computer: 8-bit for the language model, the checkpoint&apos;s own precision for the vision tower.</source>
        <translation>自動の場合、このコンピューターで品質を保てる最速の重み形式を選びます: 言語モデルは 8-bit、ビジョンタワーはチェックポイント本来の精度です。</translation>
    </message>
    <message>
        <source>&quot;Model default&quot; takes the value from the model&apos;s generation_config.json. Setting temperature, top-k, top-p or min-p replaces the model&apos;s values of all four: those left at &quot;Model default&quot; are then 1 or off. The system prompt applies to new conversations.</source>
        <translation>「モデルの既定値」はモデルの generation_config.json の値を使います。温度、top-k、top-p、min-p のいずれかを設定すると 4 つすべてのモデルの値が置き換わり、「モデルの既定値」のままのものは 1 またはオフになります。システムプロンプトは新しい会話に適用されます。</translation>
    </message>
    <message>
        <source>The model folder %1 does not exist.</source>
        <translation>モデルフォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a model folder: %2</source>
        <translation>%1 はモデルフォルダーではありません: %2</translation>
    </message>
    <message>
        <source>%1 is not a model folder: it holds no *.safetensors weights.</source>
        <translation>%1 はモデルフォルダーではありません: *.safetensors の重みがありません。</translation>
    </message>
    <message>
        <source>%1 is not a model folder: it has no tokenizer.json.</source>
        <translation>%1 はモデルフォルダーではありません: tokenizer.json がありません。</translation>
    </message>
</context>
<context>
    <name>mdi::Sha256Hasher</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 from byte %2.</source>
        <translation>%1 をバイト %2 から読み取れません。</translation>
    </message>
    <message>
        <source>it ends early</source>
        <translation>ファイルが途中で終わっています</translation>
    </message>
</context>
<context>
    <name>mdi::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Message field</source>
        <translation>メッセージ欄</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>改行</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>回答を停止</translation>
    </message>
</context>
<context>
    <name>mdi::StageLinkBuilder</name>
    <message>
        <source>Layers %1-%2 are planned on the peer %3, but this program cannot reach peers.</source>
        <translation>レイヤー %1-%2 はピア %3 に配置される予定ですが、このプログラムはピアに接続できません。</translation>
    </message>
    <message>
        <source>The model is being unloaded.</source>
        <translation>モデルをアンロードしています。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
</context>
<context>
    <name>mdi::StageReadyMessage</name>
    <message>
        <source>[%1, %2) is not a layer range</source>
        <translation>[%1, %2) はレイヤー範囲ではありません</translation>
    </message>
    <message>
        <source>a byte count is negative</source>
        <translation>バイト数が負の値です</translation>
    </message>
</context>
<context>
    <name>mdi::StatsMessage</name>
    <message>
        <source>a count is negative</source>
        <translation>カウントが負の値です</translation>
    </message>
</context>
<context>
    <name>mdi::TensorFactory</name>
    <message>
        <source>&apos;%1&apos; is not a compute device (use cpu, cuda, cuda:N or mps).</source>
        <translation>&apos;%1&apos; は計算デバイスではありません (cpu、cuda、cuda:N、mps のいずれかを使用してください)。</translation>
    </message>
    <message>
        <source>Missing tensor.</source>
        <translation>テンソルがありません。</translation>
    </message>
    <message>
        <source>Tensor %1 has the unsupported dtype %2.</source>
        <translation>テンソル %1 の dtype %2 はサポートされていません。</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be read: %2</source>
        <translation>テンソル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be converted for %2 on %3: %4</source>
        <translation>テンソル %1 を %3 上の %2 用に変換できません: %4</translation>
    </message>
    <message>
        <source>The checkpoint has no tensor %1.</source>
        <translation>チェックポイントにテンソル %1 がありません。</translation>
    </message>
    <message>
        <source>Tensor %1 has shape %2; the configuration implies %3.</source>
        <translation>テンソル %1 の形状は %2 ですが、構成からは %3 になるはずです。</translation>
    </message>
    <message>
        <source>The %1 weight format runs on the CPU only, not on &apos;%2&apos; (use bf16 or f32 there).</source>
        <translation>重み形式 %1 は CPU でのみ動作し、&apos;%2&apos; では使えません (そこでは bf16 または f32 を使用してください)。</translation>
    </message>
    <message>
        <source>Tensor %1 has shape %2; a weight matrix has two or more dimensions.</source>
        <translation>テンソル %1 の形状は %2 ですが、重み行列には 2 つ以上の次元が必要です。</translation>
    </message>
    <message>
        <source>Tensor %1 has the dtype %2; a weight matrix must be F32, BF16 or F16.</source>
        <translation>テンソル %1 の dtype は %2 です。重み行列は F32、BF16、F16 のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be converted to %2: %3</source>
        <translation>テンソル %1 を %2 に変換できません: %3</translation>
    </message>
    <message>
        <source>The model load was cancelled.</source>
        <translation>モデルの読み込みはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>mdi::TextEmbedding</name>
    <message>
        <source>Token id %1 at position %2 is outside the vocabulary (%3 tokens).</source>
        <translation>位置 %2 のトークン ID %1 が語彙 (%3 トークン) の範囲外です。</translation>
    </message>
    <message>
        <source>Embedding failed: %1</source>
        <translation>埋め込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>The prompt has %1 image tokens but the images give %2 embeddings.</source>
        <translation>プロンプトには画像トークンが %1 個ありますが、画像からは %2 個の埋め込みが得られました。</translation>
    </message>
</context>
<context>
    <name>mdi::TokenizerJsonLoader</name>
    <message>
        <source>has no &apos;model&apos; object</source>
        <translation>&apos;model&apos; オブジェクトがありません</translation>
    </message>
    <message>
        <source>the pre-tokenizer has no ByteLevel step; only byte-level BPE tokenizers are supported</source>
        <translation>プリトークナイザーに ByteLevel ステップがありません。サポートされているのはバイトレベル BPE トークナイザーのみです</translation>
    </message>
    <message>
        <source>model type &apos;%1&apos; is not supported (only BPE)</source>
        <translation>モデルタイプ &apos;%1&apos; はサポートされていません (BPE のみ)</translation>
    </message>
    <message>
        <source>BPE byte_fallback is not supported (only byte-level BPE)</source>
        <translation>BPE の byte_fallback はサポートされていません (バイトレベル BPE のみ)</translation>
    </message>
    <message>
        <source>BPE subword prefixes/suffixes are not supported (only byte-level BPE)</source>
        <translation>BPE のサブワード接頭辞/接尾辞はサポートされていません (バイトレベル BPE のみ)</translation>
    </message>
    <message>
        <source>model.vocab is missing or not an object</source>
        <translation>model.vocab がないか、オブジェクトではありません</translation>
    </message>
    <message>
        <source>model.vocab is empty</source>
        <translation>model.vocab が空です</translation>
    </message>
    <message>
        <source>model.vocab entry &apos;%1&apos; has an invalid id</source>
        <translation>model.vocab のエントリ &apos;%1&apos; の ID が無効です</translation>
    </message>
    <message>
        <source>model.vocab entry &apos;%1&apos; is not spelled in the byte-level alphabet</source>
        <translation>model.vocab のエントリ &apos;%1&apos; がバイトレベルのアルファベットで表記されていません</translation>
    </message>
    <message>
        <source>model.vocab id %1 is used twice</source>
        <translation>model.vocab の ID %1 が 2 回使用されています</translation>
    </message>
    <message>
        <source>model.merges is missing or not an array</source>
        <translation>model.merges がないか、配列ではありません</translation>
    </message>
    <message>
        <source>model.merges[%1] &apos;%2&apos; is not two tokens separated by one space</source>
        <translation>model.merges[%1] &apos;%2&apos; が 1 つのスペースで区切られた 2 つのトークンではありません</translation>
    </message>
    <message>
        <source>model.merges[%1] is neither &quot;a b&quot; nor [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>model.merges[%1] が &quot;a b&quot; でも [&quot;a&quot;, &quot;b&quot;] でもありません</translation>
    </message>
    <message>
        <source>model.merges[%1] &apos;%2 %3&apos; uses a token that is not in the vocabulary</source>
        <translation>model.merges[%1] &apos;%2 %3&apos; が語彙にないトークンを使用しています</translation>
    </message>
    <message>
        <source>model.merges[%1]: the merged token &apos;%2&apos; is not in the vocabulary</source>
        <translation>model.merges[%1]: マージ後のトークン &apos;%2&apos; が語彙にありません</translation>
    </message>
    <message>
        <source>added_tokens is not an array</source>
        <translation>added_tokens が配列ではありません</translation>
    </message>
    <message>
        <source>added_tokens[%1] has no valid id</source>
        <translation>added_tokens[%1] に有効な ID がありません</translation>
    </message>
    <message>
        <source>added_tokens[%1] has no content</source>
        <translation>added_tokens[%1] に内容がありません</translation>
    </message>
    <message>
        <source>normalizer &apos;%1&apos; is not supported (NFC, NFD, NFKC, NFKD or a Sequence of them)</source>
        <translation>ノーマライザー &apos;%1&apos; はサポートされていません (NFC、NFD、NFKC、NFKD、またはそれらの Sequence)</translation>
    </message>
    <message>
        <source>%1: the pattern does not compile: %2</source>
        <translation>%1: パターンをコンパイルできません: %2</translation>
    </message>
    <message>
        <source>ByteLevel pre-tokenizer</source>
        <translation>ByteLevel プリトークナイザー</translation>
    </message>
    <message>
        <source>Split pre-tokenizer behavior &apos;%1&apos; is not supported (only Isolated)</source>
        <translation>Split プリトークナイザーの動作 &apos;%1&apos; はサポートされていません (Isolated のみ)</translation>
    </message>
    <message>
        <source>inverted Split pre-tokenizers are not supported</source>
        <translation>反転した Split プリトークナイザーはサポートされていません</translation>
    </message>
    <message>
        <source>Split pre-tokenizer</source>
        <translation>Split プリトークナイザー</translation>
    </message>
    <message>
        <source>Split pre-tokenizer has no Regex or String pattern</source>
        <translation>Split プリトークナイザーに Regex または String のパターンがありません</translation>
    </message>
    <message>
        <source>pre-tokenizer &apos;%1&apos; is not supported (Split, ByteLevel or a Sequence of them)</source>
        <translation>プリトークナイザー &apos;%1&apos; はサポートされていません (Split、ByteLevel、またはそれらの Sequence)</translation>
    </message>
    <message>
        <source>decoder &apos;%1&apos; is not supported (only ByteLevel)</source>
        <translation>デコーダー &apos;%1&apos; はサポートされていません (ByteLevel のみ)</translation>
    </message>
</context>
<context>
    <name>mdi::VisionTower</name>
    <message>
        <source>Invalid image patch grid %1x%2x%3.</source>
        <translation>無効な画像パッチグリッド %1x%2x%3 です。</translation>
    </message>
    <message>
        <source>No images were given to the vision tower.</source>
        <translation>ビジョンタワーに画像が渡されていません。</translation>
    </message>
    <message>
        <source>Pixel values must be [%1, %2] for the given image grids.</source>
        <translation>指定された画像グリッドに対して、ピクセル値は [%1, %2] である必要があります。</translation>
    </message>
    <message>
        <source>The vision tower failed: %1</source>
        <translation>ビジョンタワーでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>The image was not read to the end: the answer was stopped.</source>
        <translation>画像を最後まで読み込めませんでした: 回答が停止されました。</translation>
    </message>
</context>
<context>
    <name>mdi::WeightAckMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>が範囲外です: %1</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>に不明な値 %1 があります</translation>
    </message>
</context>
<context>
    <name>mdi::WeightCache</name>
    <message>
        <source>Cannot create the weight cache folder %1.</source>
        <translation>重みキャッシュフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Tensor %1 has the unknown dtype &apos;%2&apos;.</source>
        <translation>テンソル %1 の dtype &apos;%2&apos; は不明です。</translation>
    </message>
    <message>
        <source>Tensor %1: %2 bytes do not fit its shape and dtype.</source>
        <translation>テンソル %1: %2 バイトは形状と dtype に合いません。</translation>
    </message>
    <message>
        <source>Tensor %1: a chunk at byte %2, but %3 bytes are held.</source>
        <translation>テンソル %1: バイト位置 %2 のチャンクを受信しましたが、保持しているのは %3 バイトです。</translation>
    </message>
    <message>
        <source>Tensor %1: a chunk runs past its %2 bytes.</source>
        <translation>テンソル %1: チャンクが全体の %2 バイトを超えています。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into the cache.</source>
        <translation>%1 をキャッシュに移動できません。</translation>
    </message>
    <message>
        <source>The cached file of tensor %1 does not match it.</source>
        <translation>テンソル %1 のキャッシュファイルがテンソルと一致しません。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>The cached file of tensor %1 changed after it was verified.</source>
        <translation>テンソル %1 のキャッシュファイルが検証後に変更されました。</translation>
    </message>
</context>
<context>
    <name>mdi::WeightChunkMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>が範囲外です: %1</translation>
    </message>
    <message>
        <source>says %1 bytes but %2 follow</source>
        <translation>は %1 バイトと示していますが、後続は %2 バイトです</translation>
    </message>
</context>
<context>
    <name>mdi::WireReader</name>
    <message>
        <source>needs %1 bytes but only %2 are left</source>
        <translation>には %1 バイトが必要ですが、残りは %2 バイトしかありません</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>は有限の数値ではありません</translation>
    </message>
    <message>
        <source>must be 0 or 1, not %1</source>
        <translation>は 0 または 1 である必要があります (現在 %1)</translation>
    </message>
    <message>
        <source>is %1 bytes long; at most %2 are allowed</source>
        <translation>の長さは %1 バイトです。許可されるのは %2 バイトまでです</translation>
    </message>
    <message>
        <source>is not valid UTF-8</source>
        <translation>は有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>に NUL 文字が含まれています</translation>
    </message>
    <message>
        <source>counts %1 elements; at most %2 are allowed</source>
        <translation>の要素数は %1 です。許可されるのは %2 個までです</translation>
    </message>
    <message>
        <source>counts %1 elements but only %2 bytes are left</source>
        <translation>の要素数は %1 ですが、残りは %2 バイトしかありません</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; %2</source>
        <translation>フィールド &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the last field</source>
        <translation>最後のフィールドの後に想定外のバイトが %1 バイトあります</translation>
    </message>
    <message>
        <source>malformed %1 message: %2</source>
        <translation>不正な %1 メッセージ: %2</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>は有効な ID ではありません</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>が負の値です</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>に不明な値 %1 があります</translation>
    </message>
    <message>
        <source>must be between 0 and %1, not %2</source>
        <translation>は 0 から %1 の間である必要があります (現在 %2)</translation>
    </message>
    <message>
        <source>is %1 bytes; %2 x %3 %4 values take %5 bytes and %6 bytes are left</source>
        <translation>は %1 バイトです。%2 x %3 の %4 値には %5 バイトが必要で、%6 バイトが残っています</translation>
    </message>
    <message>
        <source>%1 rows of hidden states where the entries add up to %2</source>
        <translation>エントリの合計は %2 ですが、隠れ状態は %1 行です</translation>
    </message>
    <message>
        <source>must be between 1 and %1, not %2</source>
        <translation>1 から %1 の間である必要があります（%2 ではなく）</translation>
    </message>
</context>
</TS>
