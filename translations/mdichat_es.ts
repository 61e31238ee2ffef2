<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: archivo no encontrado (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: file is too large (%2 bytes, limit %3)</source>
        <translation>%1: el archivo es demasiado grande (%2 bytes, límite %3)</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: JSON no válido en el desplazamiento %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object</source>
        <translation>%1: el nivel superior no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; %3</source>
        <translation>%1: el campo &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>no está presente</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>debe ser un entero</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be an integer or a list of integers</source>
        <translation>debe ser un entero o una lista de enteros</translation>
    </message>
    <message>
        <source>must hold only integers</source>
        <translation>debe contener solo enteros</translation>
    </message>
    <message>
        <source>must be a list of numbers</source>
        <translation>debe ser una lista de números</translation>
    </message>
    <message>
        <source>must hold only numbers</source>
        <translation>debe contener solo números</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
</context>
<context>
    <name>LocalStageLink</name>
    <message>
        <source>The stage failed with an unknown exception.</source>
        <translation>La etapa falló con una excepción desconocida.</translation>
    </message>
</context>
<context>
    <name>ProfileLock</name>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>proceso %1 (%2) en %3</translation>
    </message>
</context>
<context>
    <name>SamplingParams</name>
    <message>
        <source>Temperature must be a number of at least 0 (0 picks the most likely token); got %1.</source>
        <translation>La temperatura debe ser un número mayor o igual que 0 (0 elige el token más probable); se recibió %1.</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number of tokens; got %1.</source>
        <translation>Top-k debe ser 0 (desactivado) o un número positivo de tokens; se recibió %1.</translation>
    </message>
    <message>
        <source>Top-p must be between 0 and 1 (1 turns it off); got %1.</source>
        <translation>Top-p debe estar entre 0 y 1 (1 lo desactiva); se recibió %1.</translation>
    </message>
    <message>
        <source>Min-p must be between 0 (off) and 1; got %1.</source>
        <translation>Min-p debe estar entre 0 (desactivado) y 1; se recibió %1.</translation>
    </message>
    <message>
        <source>Repetition penalty must be a positive number (1 turns it off); got %1.</source>
        <translation>La penalización por repetición debe ser un número positivo (1 la desactiva); se recibió %1.</translation>
    </message>
    <message>
        <source>The maximum number of new tokens must be at least 1; got %1.</source>
        <translation>El número máximo de tokens nuevos debe ser al menos 1; se recibió %1.</translation>
    </message>
    <message>
        <source>Stop strings must not be empty.</source>
        <translation>Las cadenas de parada no pueden estar vacías.</translation>
    </message>
    <message>
        <source>End-of-sequence token ids must not be negative; got %1.</source>
        <translation>Los id de los tokens de fin de secuencia no pueden ser negativos; se recibió %1.</translation>
    </message>
    <message>
        <source>The number of top log-probabilities must be 0 to %1; got %2.</source>
        <translation>El número de log-probabilidades principales debe estar entre 0 y %1; se recibió %2.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Cannot listen for other launches on the local socket %1: %2</source>
        <translation>No se puede escuchar otros inicios en el socket local %1: %2</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Layers %1-%2 hold %3 tokens of this conversation, but the next step starts at token %4.</source>
        <translation>Las capas %1-%2 contienen %3 tokens de esta conversación, pero el siguiente paso empieza en el token %4.</translation>
    </message>
    <message>
        <source>Layers %1-%2 received a malformed step: %3 hidden states of width %4 with %5 positions (expected width %6).</source>
        <translation>Las capas %1-%2 recibieron un paso mal formado: %3 estados ocultos de ancho %4 con %5 posiciones (se esperaba ancho %6).</translation>
    </message>
    <message>
        <source>Layers %1-%2 received two steps of one conversation at once.</source>
        <translation>Las capas %1-%2 recibieron a la vez dos pasos de una misma conversación.</translation>
    </message>
    <message>
        <source>Decoder layers %1-%2 failed: %3</source>
        <translation>Las capas de decodificador %1-%2 fallaron: %3</translation>
    </message>
</context>
<context>
    <name>WireTensor</name>
    <message>
        <source>Hidden states of %1 x %2 %3 values came with %4 bytes.</source>
        <translation>Los estados ocultos de %1 x %2 valores %3 llegaron con %4 bytes.</translation>
    </message>
    <message>
        <source>hidden states of the unknown dtype %1</source>
        <translation>estados ocultos del dtype desconocido %1</translation>
    </message>
    <message>
        <source>hidden states of %1 x %2 values, not %3 x %4</source>
        <translation>estados ocultos de %1 x %2 valores, no de %3 x %4</translation>
    </message>
    <message>
        <source>hidden states of %1 x %2 %3 values in %4 bytes</source>
        <translation>estados ocultos de %1 x %2 valores %3 en %4 bytes</translation>
    </message>
    <message>
        <source>hidden states with NaN or infinite values (%1 of %2)</source>
        <translation>estados ocultos con valores NaN o infinitos (%1 de %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MDI Chat peer: serves ranges of model layers to paired MDI Chat coordinators on the LAN.</source>
        <translation>Par de MDI Chat: sirve rangos de capas del modelo a los coordinadores de MDI Chat emparejados en la red local.</translation>
    </message>
    <message>
        <source>MDI Chat: local multimodal chat with Qwen2-VL, on this machine and its peers.</source>
        <translation>MDI Chat: chat multimodal local con Qwen2-VL, en este equipo y sus pares.</translation>
    </message>
    <message>
        <source>Use the profile (history, images, settings) in &lt;dir&gt; instead of the default.</source>
        <translation>Usar el perfil (historial, imágenes, configuración) de &lt;dir&gt; en lugar del predeterminado.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Render the window with a demo conversation to the PNG &lt;file&gt; and exit (needs no model).</source>
        <translation>Dibujar la ventana con una conversación de demostración en el PNG &lt;file&gt; y salir (no necesita ningún modelo).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Theme for --screenshot: light, dark or system.</source>
        <translation>Tema para --screenshot: light, dark o system.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WIDTHxHEIGHT.</source>
        <translation>Tamaño de la ventana para --screenshot, como ANCHOxALTO.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>With --screenshot: show the Peers panel with demo peers and a plan.</source>
        <translation>Con --screenshot: mostrar el panel Pares con pares de demostración y un plan.</translation>
    </message>
    <message>
        <source>--size must be at least 400x300, as WIDTHxHEIGHT.</source>
        <translation>--size debe ser al menos 400x300, como ANCHOxALTO.</translation>
    </message>
    <message>
        <source>MDI Chat is already running with this profile (%1).

Switch to the open window, or start with --data-dir to use another profile.</source>
        <translation>MDI Chat ya se está ejecutando con este perfil (%1).

Cambie a la ventana abierta o inicie con --data-dir para usar otro perfil.</translation>
    </message>
    <message>
        <source>MDI Chat</source>
        <translation>MDI Chat</translation>
    </message>
    <message>
        <source>The history cannot be opened:
%1</source>
        <translation>No se puede abrir el historial:
%1</translation>
    </message>
    <message>
        <source>Name shown to coordinators.</source>
        <translation>Nombre que se muestra a los coordinadores.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>TCP port (0: any free port).</source>
        <translation>Puerto TCP (0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Memory offered, in bytes.</source>
        <translation>Memoria ofrecida, en bytes.</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>Folder of the weight cache.</source>
        <translation>Carpeta de la caché de pesos.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Pairing code (default: generated once and remembered).</source>
        <translation>Código de emparejamiento (predeterminado: se genera una vez y se recuerda).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Intra-op threads per stage (0: all cores).</source>
        <translation>Hilos intra-operación por etapa (0: todos los núcleos).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>cpu or cuda.</source>
        <translation>cpu o cuda.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <source>A model folder whose tensors are used instead of a transfer when their SHA-256 matches.</source>
        <translation>Una carpeta de modelo cuyos tensores se usan en lugar de una transferencia cuando su SHA-256 coincide.</translation>
    </message>
    <message>
        <source>File of the node&apos;s id and pairing code.</source>
        <translation>Archivo con el id y el código de emparejamiento del nodo.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Address to listen on (default: all).</source>
        <translation>Dirección en la que escuchar (predeterminado: todas).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>Do not announce on the LAN.</source>
        <translation>No anunciarse en la red local.</translation>
    </message>
    <message>
        <source>Also announce on 127.0.0.1 (tests, one offline computer).</source>
        <translation>Anunciarse también en 127.0.0.1 (pruebas, un solo equipo sin conexión).</translation>
    </message>
    <message>
        <source>UDP port coordinators listen on for beacons (tests).</source>
        <translation>Puerto UDP en el que los coordinadores escuchan las balizas (pruebas).</translation>
    </message>
    <message>
        <source>UDP port this node listens on for queries (tests).</source>
        <translation>Puerto UDP en el que este nodo escucha las consultas (pruebas).</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port admite un número de 0 a 65535.</translation>
    </message>
    <message>
        <source>--max-memory takes a number of bytes.</source>
        <translation>--max-memory admite un número de bytes.</translation>
    </message>
    <message>
        <source>--threads takes a number from 0 to 1024.</source>
        <translation>--threads admite un número de 0 a 1024.</translation>
    </message>
    <message>
        <source>--device takes cpu or cuda.</source>
        <translation>--device admite cpu o cuda.</translation>
    </message>
    <message>
        <source>--discovery-beacon-port takes a number from 1 to 65535.</source>
        <translation>--discovery-beacon-port admite un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>--discovery-query-port takes a number from 1 to 65535.</source>
        <translation>--discovery-query-port admite un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation>El descubrimiento está desactivado: %1</translation>
    </message>
    <message>
        <source>describe a checkpoint folder and validate its weights</source>
        <translation>describir una carpeta de checkpoint y validar sus pesos</translation>
    </message>
    <message>
        <source>write a checkpoint with random weights of a real shape (benchmarks)</source>
        <translation>escribir un checkpoint con pesos aleatorios de una forma real (pruebas de rendimiento)</translation>
    </message>
    <message>
        <source>list the Qwen2-VL checkpoints in the Hugging Face cache and model folders</source>
        <translation>enumerar los checkpoints de Qwen2-VL de la caché de Hugging Face y de las carpetas de modelos</translation>
    </message>
    <message>
        <source>download a model from the Hugging Face hub, resumably, with hash checks</source>
        <translation>descargar un modelo del hub de Hugging Face, de forma reanudable, con comprobación de hash</translation>
    </message>
    <message>
        <source>serve the model over HTTP: OpenAI-compatible chat completions with images (docs/API.md)</source>
        <translation>servir el modelo por HTTP: completado de chat compatible con OpenAI, con imágenes (docs/API.md)</translation>
    </message>
    <message>
        <source>Weight format of the layers served here: auto (what the coordinator asks for), best, f32, bf16, q8 or q4.</source>
        <translation>Formato de pesos de las capas servidas aquí: auto (lo que pida el coordinador), best, f32, bf16, q8 o q4.</translation>
    </message>
    <message>
        <source>DTYPE</source>
        <translation>DTYPE</translation>
    </message>
    <message>
        <source>--dtype takes auto, best, f32, bf16, q8 or q4.</source>
        <translation>--dtype admite auto, best, f32, bf16, q8 o q4.</translation>
    </message>
    <message>
        <source>Conversations one coordinator may keep cached here; beyond that its least recently used one is dropped.</source>
        <translation>Conversaciones que un coordinador puede mantener en caché aquí; por encima de ese número se descarta la usada hace más tiempo.</translation>
    </message>
    <message>
        <source>--max-sessions takes a number from 1 to 100000.</source>
        <translation>--max-sessions admite un número de 1 a 100000.</translation>
    </message>
    <message>
        <source>MDI Chat is already running with this profile; its window was brought to the front.</source>
        <translation>MDI Chat ya se está ejecutando con este perfil; su ventana se ha traído al frente.</translation>
    </message>
</context>
<context>
    <name>mdi::ApiServer</name>
    <message>
        <source>The model was unloaded before the answer finished.</source>
        <translation>El modelo se descargó de la memoria antes de que terminara la respuesta.</translation>
    </message>
    <message>
        <source>This server needs an API key: send &quot;Authorization: Bearer KEY&quot;.</source>
        <translation>Este servidor necesita una clave de API: envíe &quot;Authorization: Bearer KEY&quot;.</translation>
    </message>
    <message>
        <source>The API key is wrong.</source>
        <translation>La clave de API es incorrecta.</translation>
    </message>
    <message>
        <source>There is no %1 here; see docs/API.md for the endpoints.</source>
        <translation>Aquí no existe %1; consulte docs/API.md para ver los endpoints.</translation>
    </message>
    <message>
        <source>%1 takes %2 requests.</source>
        <translation>%1 acepta solicitudes %2.</translation>
    </message>
    <message>
        <source>The request body must be JSON, sent with &quot;Content-Type: application/json&quot;.</source>
        <translation>El cuerpo de la solicitud debe ser JSON, enviado con &quot;Content-Type: application/json&quot;.</translation>
    </message>
    <message>
        <source>The model is still loading; try again shortly.</source>
        <translation>El modelo todavía se está cargando; inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>The model&apos;s configuration cannot be read.</source>
        <translation>No se puede leer la configuración del modelo.</translation>
    </message>
    <message>
        <source>The answer failed: %1</source>
        <translation>La respuesta falló: %1</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist here; GET /v1/models lists the one this server has.</source>
        <translation>El modelo &apos;%1&apos; no existe aquí; GET /v1/models indica el que tiene este servidor.</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist here; this server has &apos;%2&apos;.</source>
        <translation>El modelo &apos;%1&apos; no existe aquí; este servidor tiene &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;n&apos; is %1, more answers than this server runs at once (%2).</source>
        <translation>&apos;n&apos; es %1, más respuestas de las que este servidor ejecuta a la vez (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are in progress and %1 requests are waiting, the most this server holds; try again later.</source>
        <translation>
            <numerusform>%n respuesta está en curso y %1 solicitudes están esperando, el máximo que admite este servidor; inténtelo de nuevo más tarde.</numerusform>
            <numerusform>%n respuestas están en curso y %1 solicitudes están esperando, el máximo que admite este servidor; inténtelo de nuevo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request waited %1 s for a free slot; try again later.</source>
        <translation>La solicitud esperó %1 s a que quedara un hueco libre; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>This server answers only requests addressed to localhost (the Host header names another host; mdi-run serve --allow-host adds names).</source>
        <translation>Este servidor solo responde a solicitudes dirigidas a localhost (la cabecera Host nombra otro host; mdi-run serve --allow-host añade nombres).</translation>
    </message>
    <message>
        <source>Web pages from %1 may not use this server (mdi-run serve --cors-origin names those that may).</source>
        <translation>Las páginas web de %1 no pueden usar este servidor (mdi-run serve --cors-origin nombra las que pueden).</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; not found; GET /api/tags lists the one this server has</source>
        <translation>modelo &apos;%1&apos; no encontrado; GET /api/tags lista el de este servidor</translation>
    </message>
</context>
<context>
    <name>mdi::AppContext</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>No se puede crear la carpeta de perfil %1.</translation>
    </message>
    <message>
        <source>The local API could not start: %1</source>
        <translation>No se pudo iniciar la API local: %1</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>Una conversación necesita un título.</translation>
    </message>
    <message>
        <source>%1 could not take part, so the model runs on this computer alone. The Peers panel (View &gt; Peers) shows which peers are there; Apply and Reload uses them again.</source>
        <translation>%1 no pudo participar, así que el modelo se ejecuta solo en este equipo. El panel Pares (Ver &gt; Pares) muestra qué pares están disponibles; «Aplicar y recargar» vuelve a usarlos.</translation>
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
        <translation>Imagen adjunta %1, %2 píxeles</translation>
    </message>
    <message>
        <source>%1
%2 pixels</source>
        <translation>%1
%2 píxeles</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>Quitar esta imagen</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>Quitar la imagen %1</translation>
    </message>
</context>
<context>
    <name>mdi::ChatCompletionRequest</name>
    <message>
        <source>messages[%1].role must be a non-empty string</source>
        <translation>messages[%1].role debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>messages[%1].role &apos;%2&apos; is not supported (system, developer, user or assistant)</source>
        <translation>messages[%1].role &apos;%2&apos; no se admite (system, developer, user o assistant)</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>El cuerpo de la solicitud no es JSON válido: %1 en el desplazamiento %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>&apos;messages&apos; must be a non-empty list of messages</source>
        <translation>&apos;messages&apos; debe ser una lista de mensajes no vacía</translation>
    </message>
    <message>
        <source>messages[%1] must be an object with &quot;role&quot; and &quot;content&quot;</source>
        <translation>messages[%1] debe ser un objeto con &quot;role&quot; y &quot;content&quot;</translation>
    </message>
    <message>
        <source>request</source>
        <translation>solicitud</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>must be between 0 and 2</source>
        <translation>debe estar entre 0 y 2</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>debe estar entre 0 y 1</translation>
    </message>
    <message>
        <source>must be 0 (off) or a positive number of tokens</source>
        <translation>debe ser 0 (desactivado) o un número positivo de tokens</translation>
    </message>
    <message>
        <source>&apos;stop&apos; may hold at most %1 strings</source>
        <translation>&apos;stop&apos; puede contener como máximo %1 cadenas</translation>
    </message>
    <message>
        <source>&apos;stop&apos; must be a string or a list of strings</source>
        <translation>&apos;stop&apos; debe ser una cadena o una lista de cadenas</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling) is not supported</source>
        <translation>&apos;tools&apos; (llamadas a funciones) no se admite</translation>
    </message>
    <message>
        <source>&apos;chat_template_kwargs&apos; must be an object</source>
        <translation>&apos;chat_template_kwargs&apos; debe ser un objeto</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>/generate/multimodal gives one answer, not streamed; use /v1/chat/completions for &quot;stream&quot; and &quot;n&quot;</source>
        <translation>/generate/multimodal da una sola respuesta, sin streaming; use /v1/chat/completions para &quot;stream&quot; y &quot;n&quot;</translation>
    </message>
    <message>
        <source>&apos;n&apos; must be between 1 and %1</source>
        <translation>&apos;n&apos; debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>imagen %1: %2</translation>
    </message>
    <message>
        <source>image %1: &apos;%2...&apos; must be a data: URL (data:image/png;base64,...); other URLs are not downloaded</source>
        <translation>imagen %1: &apos;%2...&apos; debe ser una URL data: (data:image/png;base64,...); las demás URL no se descargan</translation>
    </message>
    <message>
        <source>The request has %1 images; this server takes at most %2 per request.</source>
        <translation>La solicitud tiene %1 imágenes; este servidor admite como máximo %2 por solicitud.</translation>
    </message>
    <message>
        <source>must be an integer (64-bit)</source>
        <translation>debe ser un número entero (64 bits)</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>debe estar entre 0 y %1</translation>
    </message>
    <message>
        <source>needs &quot;logprobs&quot;: true</source>
        <translation>requiere &quot;logprobs&quot;: true</translation>
    </message>
    <message>
        <source>image %1: the file:// URL was refused: this server reads image files only when started with --allow-file-urls, from an absolute path to a readable image; send the image as a data: URL</source>
        <translation>imagen %1: se rechazó la URL file://: este servidor solo lee archivos de imagen si se inició con --allow-file-urls, y desde una ruta absoluta a una imagen legible; envíe la imagen como URL data:</translation>
    </message>
    <message>
        <source>image %1: the images before it already hold %2 megapixels, the most this server decodes for one request</source>
        <translation>imagen %1: las imágenes anteriores ya suman %2 megapíxeles, el máximo que este servidor decodifica por solicitud</translation>
    </message>
    <message>
        <source>image %1: %2 (this server decodes at most %3 megapixels of images per request)</source>
        <translation>imagen %1: %2 (este servidor decodifica como máximo %3 megapíxeles de imágenes por solicitud)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object with a &quot;type&quot;</source>
        <translation>&apos;%1&apos; debe ser un objeto con un &quot;type&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; type &apos;%2&apos; is not supported (text, json_object or json_schema)</source>
        <translation>&apos;%1&apos; de tipo &apos;%2&apos; no es compatible (text, json_object o json_schema)</translation>
    </message>
    <message>
        <source>&apos;%1.json_schema&apos; must be an object with the &quot;schema&quot;</source>
        <translation>&apos;%1.json_schema&apos; debe ser un objeto con el &quot;schema&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a JSON schema (an object)</source>
        <translation>&apos;%1&apos; debe ser un esquema JSON (un objeto)</translation>
    </message>
    <message>
        <source>the shortest answer valid for %1 has %2 bytes, more than the token limit (%3) can be sure to hold; raise the token limit</source>
        <translation>la respuesta válida más corta para %1 tiene %2 bytes, más de los que el límite de tokens (%3) puede garantizar; aumente el límite de tokens</translation>
    </message>
</context>
<context>
    <name>mdi::ChatController</name>
    <message>
        <source>The model is still loading; send again in a moment.</source>
        <translation>El modelo todavía se está cargando; vuelva a enviar dentro de un momento.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>Type a message or add an image first.</source>
        <translation>Escriba un mensaje o añada una imagen primero.</translation>
    </message>
    <message>
        <source>An answer is still being written; stop it first.</source>
        <translation>Todavía se está escribiendo una respuesta; deténgala primero.</translation>
    </message>
    <message>
        <source>Only an answer to a question can be regenerated.</source>
        <translation>Solo se puede regenerar una respuesta a una pregunta.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Solo se pueden editar sus propios mensajes.</translation>
    </message>
    <message>
        <source>The edited message is empty.</source>
        <translation>El mensaje editado está vacío.</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>No se pudo guardar la respuesta: %1</translation>
    </message>
    <message>
        <source>No model is loaded. Choose or download one in File &gt; Models…</source>
        <translation>No hay ningún modelo cargado. Elija o descargue uno en Archivo &gt; Modelos…</translation>
    </message>
    <message>
        <source>The message could not be deleted: %1</source>
        <translation>No se pudo eliminar el mensaje: %1</translation>
    </message>
    <message>
        <source>The other answer could not be shown: %1</source>
        <translation>No se pudo mostrar la otra respuesta: %1</translation>
    </message>
    <message>
        <source>The conversation could not be deleted: %1</source>
        <translation>No se pudo eliminar la conversación: %1</translation>
    </message>
    <message>
        <source>Only an answer that was stopped or cut short can be continued.</source>
        <translation>Solo se puede continuar una respuesta detenida o cortada.</translation>
    </message>
    <message>
        <source>Only the last answer of a conversation can be continued; this one has replies.</source>
        <translation>Solo se puede continuar la última respuesta de una conversación; esta ya tiene mensajes después.</translation>
    </message>
    <message>
        <source>This answer is still being written; stop it first.</source>
        <translation>Esta respuesta todavía se está escribiendo; deténgala primero.</translation>
    </message>
    <message>
        <source>The message could not be shown: %1</source>
        <translation>No se pudo mostrar el mensaje: %1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1 (bifurcación)</translation>
    </message>
</context>
<context>
    <name>mdi::ChatTemplate</name>
    <message>
        <source>message %1: must be an object with &quot;role&quot; and &quot;content&quot;</source>
        <translation>mensaje %1: debe ser un objeto con &quot;role&quot; y &quot;content&quot;</translation>
    </message>
    <message>
        <source>message %1: &quot;role&quot; must be a non-empty string</source>
        <translation>mensaje %1: &quot;role&quot; debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>message %1: &quot;content&quot; must be a string or a list of parts</source>
        <translation>mensaje %1: &quot;content&quot; debe ser una cadena o una lista de partes</translation>
    </message>
    <message>
        <source>image %1 has %2 tokens; it must have at least one</source>
        <translation>la imagen %1 tiene %2 tokens; debe tener al menos uno</translation>
    </message>
    <message>
        <source>message %1, part %2</source>
        <translation>mensaje %1, parte %2</translation>
    </message>
    <message>
        <source>%1: a content part must be an object</source>
        <translation>%1: una parte del contenido debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: an image part needs a non-empty &quot;image&quot; or &quot;image_url&quot; reference</source>
        <translation>%1: una parte de imagen necesita una referencia &quot;image&quot; o &quot;image_url&quot; no vacía</translation>
    </message>
    <message>
        <source>%1: video input is not supported</source>
        <translation>%1: no se admite la entrada de vídeo</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; must be a string</source>
        <translation>%1: &quot;text&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>%1: unknown part type &apos;%2&apos;</source>
        <translation>%1: tipo de parte desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: a text part needs a &quot;text&quot; string</source>
        <translation>%1: una parte de texto necesita una cadena &quot;text&quot;</translation>
    </message>
    <message>
        <source>%1: the part has no &quot;type&quot;, &quot;text&quot; or &quot;image&quot;</source>
        <translation>%1: la parte no tiene &quot;type&quot;, &quot;text&quot; ni &quot;image&quot;</translation>
    </message>
    <message>
        <source>the prompt has %1 but %2 were given</source>
        <translation>el prompt tiene %1, pero se proporcionaron %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image placeholder(s)</source>
        <translation>
            <numerusform>%n marcador de imagen</numerusform>
            <numerusform>%n marcadores de imagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Drop an image here or type a question below to start.</source>
        <translation>Suelte una imagen aquí o escriba una pregunta abajo para empezar.</translation>
    </message>
</context>
<context>
    <name>mdi::Checkpoint</name>
    <message>
        <source>%1 and %2 are both present; %1 is used, as transformers does</source>
        <translation>%1 y %2 están presentes; se usa %1, como hace transformers</translation>
    </message>
    <message>
        <source>%1: field &apos;weight_map&apos; is missing or not an object</source>
        <translation>%1: el campo &apos;weight_map&apos; no está presente o no es un objeto</translation>
    </message>
    <message>
        <source>%1: &apos;weight_map&apos; lists no tensors</source>
        <translation>%1: &apos;weight_map&apos; no enumera ningún tensor</translation>
    </message>
    <message>
        <source>%1: tensor %2 maps to %3, which is not a file name in the checkpoint folder</source>
        <translation>%1: el tensor %2 apunta a %3, que no es un nombre de archivo de la carpeta del checkpoint</translation>
    </message>
    <message>
        <source>%1: names shard %2, which is not in %3</source>
        <translation>%1: menciona el fragmento %2, que no está en %3</translation>
    </message>
    <message>
        <source>%1: tensor %2 is listed in shard %3, which does not contain it</source>
        <translation>%1: el tensor %2 figura en el fragmento %3, que no lo contiene</translation>
    </message>
    <message>
        <source>%1: tensor %2 is not listed in %3</source>
        <translation>%1: el tensor %2 no figura en %3</translation>
    </message>
    <message>
        <source>%1: tensor %2 is listed in %3 under shard %4</source>
        <translation>%1: el tensor %2 figura en %3 en el fragmento %4</translation>
    </message>
    <message>
        <source>%1: the index and the shards disagree:
  %2</source>
        <translation>%1: el índice y los fragmentos no coinciden:
  %2</translation>
    </message>
    <message>
        <source>%1: metadata.total_size is %2 but the shards hold %3 bytes of tensors</source>
        <translation>%1: metadata.total_size es %2, pero los fragmentos contienen %3 bytes de tensores</translation>
    </message>
    <message>
        <source>tensor %1 is stored twice: as %2 in %3 and as %4 in %5</source>
        <translation>el tensor %1 está almacenado dos veces: como %2 en %3 y como %4 en %5</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, the config implies %4</source>
        <translation>%1: el tensor %2 tiene la forma %3; la configuración implica %4</translation>
    </message>
    <message>
        <source>%1: tensor %2 has dtype %3; weights must be F32, F16 or BF16</source>
        <translation>%1: el tensor %2 tiene el dtype %3; los pesos deben ser F32, F16 o BF16</translation>
    </message>
    <message>
        <source>%1: holds %2 although config.json ties the head to the embedding; it is ignored</source>
        <translation>%1: contiene %2 aunque config.json vincula la cabeza al embedding; se ignora</translation>
    </message>
    <message>
        <source>%1: holds the rotary buffer %2, which is ignored</source>
        <translation>%1: contiene el búfer rotatorio %2, que se ignora</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>missing (%1): %2</source>
        <translation>faltan (%1): %2</translation>
    </message>
    <message>
        <source>unexpected (%1): %2</source>
        <translation>inesperados (%1): %2</translation>
    </message>
    <message>
        <source>%1: the weights do not match config.json:
  %2</source>
        <translation>%1: los pesos no coinciden con config.json:
  %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no weights found: neither %2 nor %3 is there</source>
        <translation>%1: no se encontraron pesos: no existe ni %2 ni %3</translation>
    </message>
    <message>
        <source> (found %1 without the index that says which tensors they hold)</source>
        <translation> (se encontró %1 sin el índice que indica qué tensores contienen)</translation>
    </message>
    <message>
        <source> (found PyTorch weights %1; MDI Chat reads only safetensors: convert them first)</source>
        <translation> (se encontraron pesos de PyTorch %1; MDI Chat solo lee safetensors: conviértalos primero)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) missing from their shards</source>
        <translation>
            <numerusform>... y %n tensor más que falta en sus fragmentos</numerusform>
            <numerusform>... y %n tensores más que faltan en sus fragmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) missing from the index</source>
        <translation>
            <numerusform>... y %n tensor más que falta en el índice</numerusform>
            <numerusform>... y %n tensores más que faltan en el índice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) with a wrong shape</source>
        <translation>
            <numerusform>... y %n tensor más con una forma incorrecta</numerusform>
            <numerusform>... y %n tensores más con una forma incorrecta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) with a non-float dtype</source>
        <translation>
            <numerusform>... y %n tensor más con un dtype que no es de coma flotante</numerusform>
            <numerusform>... y %n tensores más con un dtype que no es de coma flotante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) stored twice</source>
        <translation>
            <numerusform>... y %n tensor más almacenado dos veces</numerusform>
            <numerusform>... y %n tensores más almacenados dos veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::CodeBlockView</name>
    <message>
        <source>Code block</source>
        <translation>Bloque de código</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>mdi::Composer</name>
    <message>
        <source>Message composer</source>
        <translation>Editor de mensajes</translation>
    </message>
    <message>
        <source>Ask about an image, or anything else. Enter sends, Shift+Enter starts a new line; drop or paste images.</source>
        <translation>Pregunte sobre una imagen o sobre cualquier otra cosa. Intro envía y Mayús+Intro inicia una línea nueva; suelte o pegue imágenes.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Attach images (you can also drop or paste them)</source>
        <translation>Adjuntar imágenes (también puede soltarlas o pegarlas)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Adjuntar imágenes</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>imagen pegada</translation>
    </message>
    <message>
        <source>%1 is already attached.</source>
        <translation>%1 ya está adjunta.</translation>
    </message>
    <message>
        <source>Images cannot be added: the history folder is not available.</source>
        <translation>No se pueden añadir imágenes: la carpeta del historial no está disponible.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No añadida: %1</translation>
    </message>
    <message>
        <source>The pasted image was not added: %1</source>
        <translation>La imagen pegada no se añadió: %1</translation>
    </message>
    <message>
        <source>Attach Images</source>
        <translation>Adjuntar imágenes</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Imágenes (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what was written so far is kept</source>
        <translation>Detener la respuesta (Esc); se conserva lo escrito hasta ahora</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>Detener la generación</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Enviar el mensaje (Intro)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Images and PDFs (%1);;All files (*)</source>
        <translation>Imágenes y PDF (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not added: %1: even its first page needs about %2 image tokens, more than the model&apos;s context of %3 tokens leaves for it.</source>
        <translation>No añadido: %1: ya su primera página necesita unos %2 tokens de imagen, más de lo que deja el contexto del modelo de %3 tokens.</translation>
    </message>
    <message>
        <source>%1 has %2 pages; pages 1–%3 are attached, as many as one message for this model takes. Change the range on its chip to read others.</source>
        <translation>%1 tiene %2 páginas; se adjuntan las páginas 1–%3, tantas como admite un mensaje para este modelo. Cambie el intervalo en su ficha para leer otras.</translation>
    </message>
    <message>
        <source>Pages %1–%2 of %3 are %4 pages; one message takes at most %5. Choose fewer pages.</source>
        <translation>Las páginas %1–%2 de %3 son %4 páginas; un mensaje admite como máximo %5. Elija menos páginas.</translation>
    </message>
    <message>
        <source>Pages %1–%2 of %3 need about %4 image tokens; the model&apos;s context of %5 tokens leaves room for about %6 here. Choose fewer pages.</source>
        <translation>Las páginas %1–%2 de %3 necesitan unos %4 tokens de imagen; el contexto del modelo de %5 tokens deja aquí sitio para unos %6. Elija menos páginas.</translation>
    </message>
    <message>
        <source>Not added: %1, page %2: %3</source>
        <translation>No añadido: %1, página %2: %3</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationActions</name>
    <message>
        <source>Sampling and System &amp;Prompt…</source>
        <translation>Muestreo y &amp;prompt del sistema…</translation>
    </message>
    <message>
        <source>How this conversation&apos;s answers choose their words, and its own system prompt</source>
        <translation>Cómo eligen sus palabras las respuestas de esta conversación, y su propio prompt del sistema</translation>
    </message>
    <message>
        <source>C&amp;ontinue Answer</source>
        <translation>C&amp;ontinuar la respuesta</translation>
    </message>
    <message>
        <source>Continue writing the last answer where it stopped</source>
        <translation>Seguir escribiendo la última respuesta donde se detuvo</translation>
    </message>
    <message>
        <source>&amp;Fork Conversation</source>
        <translation>&amp;Bifurcar la conversación</translation>
    </message>
    <message>
        <source>Start a new conversation with the messages so far</source>
        <translation>Empezar una conversación nueva con los mensajes hasta ahora</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationExporter</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversación sin título</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>(stopped before the end)</source>
        <translation>(detenida antes del final)</translation>
    </message>
    <message>
        <source>(the answer failed)</source>
        <translation>(la respuesta falló)</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(incompleta)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: archivo no encontrado (%2)</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: no es un archivo</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; at most %3 MB can be imported</source>
        <translation>%1: el archivo ocupa %2 MB; se pueden importar como máximo %3 MB</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1: no es JSON válido (%2 en el byte %3)</translation>
    </message>
    <message>
        <source>%1: not an MDI Chat conversation (the JSON is not an object)</source>
        <translation>%1: no es una conversación de MDI Chat (el JSON no es un objeto)</translation>
    </message>
    <message>
        <source>%1: not an MDI Chat conversation (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1: no es una conversación de MDI Chat (&quot;format&quot; no es &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: written by a newer version of MDI Chat (format version %2; this version reads up to %3)</source>
        <translation>%1: escrito por una versión más reciente de MDI Chat (versión de formato %2; esta versión lee hasta la %3)</translation>
    </message>
    <message>
        <source>%1 images; at most %2 are allowed</source>
        <translation>%1 imágenes; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 digest (64 lower-case hex digits)</source>
        <translation>&quot;%1&quot; no es un resumen SHA-256 (64 dígitos hexadecimales en minúscula)</translation>
    </message>
    <message>
        <source>must be an object with a base64 &quot;data&quot; string</source>
        <translation>debe ser un objeto con una cadena &quot;data&quot; en base64</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>mensaje %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;state&quot; must be complete, streaming, stopped or failed; got &quot;%1&quot;</source>
        <translation>&quot;state&quot; debe ser complete, streaming, stopped o failed; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>each image must be an object</source>
        <translation>cada imagen debe ser un objeto</translation>
    </message>
    <message>
        <source>the image %1 is not in the file&apos;s &quot;images&quot;</source>
        <translation>la imagen %1 no está en &quot;images&quot; del archivo</translation>
    </message>
    <message>
        <source>%1: the image %2 is not valid base64</source>
        <translation>%1: la imagen %2 no es base64 válido</translation>
    </message>
    <message>
        <source>%1: the image %2 does not match its SHA-256 digest (the file is damaged)</source>
        <translation>%1: la imagen %2 no coincide con su resumen SHA-256 (el archivo está dañado)</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: no se puede escribir el archivo: %2</translation>
    </message>
    <message>
        <source>%1: the image file is missing from %2</source>
        <translation>%1: falta el archivo de imagen en %2</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: no se puede leer %2: %3</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationSettingsDialog</name>
    <message>
        <source>New Chat Settings</source>
        <translation>Ajustes del chat nuevo</translation>
    </message>
    <message>
        <source>Conversation Settings</source>
        <translation>Ajustes de la conversación</translation>
    </message>
    <message>
        <source>How answers choose their words</source>
        <translation>Cómo eligen sus palabras las respuestas</translation>
    </message>
    <message>
        <source>&amp;System prompt for this conversation</source>
        <translation>&amp;Prompt del sistema de esta conversación</translation>
    </message>
    <message>
        <source>Instructions the model reads before every message of this conversation, for example &quot;Answer in German&quot; or &quot;You are a careful proofreader&quot;. Empty: none.</source>
        <translation>Instrucciones que el modelo lee antes de cada mensaje de esta conversación, por ejemplo «Responde en alemán» o «Eres un corrector cuidadoso». Vacío: ninguna.</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationSidebar</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exportar como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exportar como &amp;JSON…</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Iniciar una conversación nueva</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Iniciar una conversación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Finds conversations whose messages or title contain every word (Ctrl+F)</source>
        <translation>Busca conversaciones cuyos mensajes o título contengan todas las palabras (Ctrl+F)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1
Last message: %2</source>
        <translation>%1
Último mensaje: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) match the search</source>
        <translation>
            <numerusform>%n conversación coincide con la búsqueda</numerusform>
            <numerusform>%n conversaciones coinciden con la búsqueda</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation matches the search.</source>
        <translation>Ninguna conversación coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>&amp;Pin to Top</source>
        <translation>&amp;Fijar arriba</translation>
    </message>
    <message>
        <source>Writing an answer…</source>
        <translation>Escribiendo una respuesta…</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Anteriores</translation>
    </message>
</context>
<context>
    <name>mdi::CorsPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a web origin: give scheme, host and port as the browser shows them, such as http://localhost:3000</source>
        <translation>&apos;%1&apos; no es un origen web: indique esquema, host y puerto tal como los muestra el navegador, por ejemplo http://localhost:3000</translation>
    </message>
</context>
<context>
    <name>mdi::DecoderLayers</name>
    <message numerus="yes">
        <source>Layer range %1-%2 is not inside the model&apos;s %n layer(s).</source>
        <translation>
            <numerusform>El rango de capas %1-%2 no está dentro de la %n capa del modelo.</numerusform>
            <numerusform>El rango de capas %1-%2 no está dentro de las %n capas del modelo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden states must be [n, %1].</source>
        <translation>Los estados ocultos deben ser [n, %1].</translation>
    </message>
    <message>
        <source>%1 hidden states came with %2 positions.</source>
        <translation>Llegaron %1 estados ocultos con %2 posiciones.</translation>
    </message>
    <message numerus="yes">
        <source>The KV cache holds %n layer(s); this stage has %1.</source>
        <translation>
            <numerusform>La caché KV contiene %n capa; esta etapa tiene %1.</numerusform>
            <numerusform>La caché KV contiene %n capas; esta etapa tiene %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoder layers %1-%2 failed: %3</source>
        <translation>Las capas de decodificador %1-%2 fallaron: %3</translation>
    </message>
</context>
<context>
    <name>mdi::DemoScreenshot</name>
    <message>
        <source>Sunset over the lake</source>
        <translation>Atardecer sobre el lago</translation>
    </message>
    <message>
        <source>What time of day is it in this picture? And how could I draw the sun&apos;s glow with QPainter?</source>
        <translation>¿Qué momento del día es en esta imagen? ¿Y cómo podría dibujar el resplandor del sol con QPainter?</translation>
    </message>
    <message>
        <source>Evening, shortly before sunset.</source>
        <translation>Por la tarde, poco antes de la puesta de sol.</translation>
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
        <translation>Es la **puesta de sol** (o justo antes): el sol está bajo sobre las colinas, el cielo pasa del azul intenso al *naranja* y su luz se refleja en el lago.

Un resplandor suave es un `QRadialGradient` que se desvanece hasta volverse transparente:

```cpp
QRadialGradient glow(centre, 70);
glow.setColorAt(0.0, QColor(255, 244, 201));
glow.setColorAt(1.0, QColor(255, 211, 110, 0)); // borde transparente
painter.setBrush(glow);
painter.drawEllipse(centre, 70, 70);
```

Dibújelo **antes** que las colinas para que estas cubran su mitad inferior.</translation>
    </message>
    <message>
        <source>Make the sky a little darker</source>
        <translation>Oscurece un poco el cielo</translation>
    </message>
    <message>
        <source>12.4 tokens/s</source>
        <translation>12,4 tokens/s</translation>
    </message>
    <message>
        <source>Context 449 / 32,768</source>
        <translation>Contexto 449 / 32.768</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>No se puede crear una carpeta temporal.</translation>
    </message>
    <message>
        <source>Sorting a list of tuples in Python</source>
        <translation>Ordenar una lista de tuplas en Python</translation>
    </message>
    <message>
        <source>Recipe ideas for leftover rice</source>
        <translation>Ideas de recetas para el arroz sobrante</translation>
    </message>
    <message>
        <source>Layers 0–28 on this computer</source>
        <translation>Capas 0–28 en este equipo</translation>
    </message>
    <message>
        <source>27.1 tokens/s</source>
        <translation>27,1 tokens/s</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoverCommand</name>
    <message>
        <source>Lists the MDI Chat nodes (mdi-node) on the local network.</source>
        <translation>Enumera los nodos de MDI Chat (mdi-node) de la red local.</translation>
    </message>
    <message>
        <source>List peers.</source>
        <translation>Enumerar los pares.</translation>
    </message>
    <message>
        <source>Seconds to listen (default 3).</source>
        <translation>Segundos de escucha (predeterminado: 3).</translation>
    </message>
    <message>
        <source>Also listen and ask on 127.0.0.1.</source>
        <translation>Escuchar y preguntar también en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Imprimir una matriz JSON.</translation>
    </message>
    <message>
        <source>UDP port to listen on for beacons.</source>
        <translation>Puerto UDP en el que escuchar las balizas.</translation>
    </message>
    <message>
        <source>UDP port nodes take queries on.</source>
        <translation>Puerto UDP en el que los nodos reciben consultas.</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 0 to 3600.</source>
        <translation>--timeout admite segundos de 0 a 3600.</translation>
    </message>
    <message>
        <source>--beacon-port and --query-port take numbers from 1 to 65535.</source>
        <translation>--beacon-port y --query-port admiten números de 1 a 65535.</translation>
    </message>
    <message>
        <source>No nodes answered.</source>
        <translation>Ningún nodo respondió.</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoveryBeacon</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; no es un id de nodo válido.</translation>
    </message>
    <message>
        <source>A beacon needs the node&apos;s TCP port.</source>
        <translation>Una baliza necesita el puerto TCP del nodo.</translation>
    </message>
    <message>
        <source>The beacon takes %1 bytes; at most %2 are allowed.</source>
        <translation>La baliza ocupa %1 bytes; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>a beacon of %1 bytes is larger than %2</source>
        <translation>una baliza de %1 bytes supera los %2</translation>
    </message>
    <message>
        <source>not an MDI beacon</source>
        <translation>no es una baliza de MDI</translation>
    </message>
    <message>
        <source>is 0</source>
        <translation>es 0</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>tiene el valor desconocido %1</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>no es un id válido</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>es negativo</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>está fuera de rango</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <source>malformed beacon: %1</source>
        <translation>baliza mal formada: %1</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoveryService</name>
    <message>
        <source>Cannot listen for peer discovery on UDP port %1: %2</source>
        <translation>No se puede escuchar el descubrimiento de pares en el puerto UDP %1: %2</translation>
    </message>
</context>
<context>
    <name>mdi::DownloadCommand</name>
    <message>
        <source>  %1 left</source>
        <translation>  quedan %1</translation>
    </message>
    <message>
        <source>Downloads a model from the Hugging Face hub into its cache, resumably, verifying every file&apos;s hash.</source>
        <translation>Descarga un modelo del hub de Hugging Face en su caché, de forma reanudable, y verifica el hash de cada archivo.</translation>
    </message>
    <message>
        <source>Repository, e.g. Qwen/Qwen2-VL-2B-Instruct.</source>
        <translation>Repositorio, p. ej., Qwen/Qwen2-VL-2B-Instruct.</translation>
    </message>
    <message>
        <source>Branch, tag or commit (default main).</source>
        <translation>Rama, etiqueta o commit (predeterminado: main).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>The hub cache folder to download into (default: %1).</source>
        <translation>La carpeta de caché del hub en la que descargar (predeterminado: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The hub or a mirror (default: the app&apos;s setting, %1).</source>
        <translation>El hub o un espejo (predeterminado: el ajuste de la aplicación, %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Seconds without data before giving up (default 30).</source>
        <translation>Segundos sin datos antes de desistir (predeterminado: 30).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--timeout: give a number of seconds above 0
</source>
        <translation>--timeout: indique un número de segundos mayor que 0
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>error: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n file(s), %3
</source>
        <translation>
            <numerusform>%1 en %2: %n archivo, %3
</numerusform>
            <numerusform>%1 en %2: %n archivos, %3
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::Engine</name>
    <message>
        <source>No model is loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
</context>
<context>
    <name>mdi::EngineArguments</name>
    <message>
        <source>--%1 needs a number in range, not &apos;%2&apos;</source>
        <translation>--%1 necesita un número dentro del rango, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Checkpoint folder (Hugging Face layout).</source>
        <translation>Carpeta del checkpoint (estructura de Hugging Face).</translation>
    </message>
    <message>
        <source>Compute threads (default: physical cores).</source>
        <translation>Hilos de cálculo (predeterminado: núcleos físicos).</translation>
    </message>
    <message>
        <source>Largest image area in pixels after resizing (default: the model&apos;s).</source>
        <translation>Área máxima de imagen en píxeles tras el redimensionado (predeterminado: la del modelo).</translation>
    </message>
    <message>
        <source>Split the decoder layers across N local stages (worker threads).</source>
        <translation>Dividir las capas del decodificador en N etapas locales (hilos de trabajo).</translation>
    </message>
    <message>
        <source>Explicit layer ranges, one local stage each, e.g. &quot;0-9,9-19,19-28&quot;.</source>
        <translation>Rangos de capas explícitos, una etapa local cada uno, p. ej., &quot;0-9,9-19,19-28&quot;.</translation>
    </message>
    <message>
        <source>Compute threads per stage (default: cores / stages).</source>
        <translation>Hilos de cálculo por etapa (predeterminado: núcleos / etapas).</translation>
    </message>
    <message>
        <source>An mdi-node to run stages on (repeatable): with K peers the last K stages of the plan run on them, in order (default: --stages K).</source>
        <translation>Un mdi-node en el que ejecutar etapas (repetible): con K pares, las últimas K etapas del plan se ejecutan en ellos, en orden (predeterminado: --stages K).</translation>
    </message>
    <message>
        <source>The pairing code of the peers (one per --peer, or one for all).</source>
        <translation>El código de emparejamiento de los pares (uno por cada --peer, o uno para todos).</translation>
    </message>
    <message>
        <source>--stages must be at least 1</source>
        <translation>--stages debe ser al menos 1</translation>
    </message>
    <message>
        <source>Give one --pairing-code for all peers or one per --peer.</source>
        <translation>Indique un --pairing-code para todos los pares o uno por cada --peer.</translation>
    </message>
    <message>
        <source>--peer takes HOST:PORT, not &apos;%1&apos;.</source>
        <translation>--peer admite HOST:PORT, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Weight precision: auto (default: the fastest that keeps quality on this CPU), best (the checkpoint&apos;s own), f32, bf16, q8 (8-bit) or q4 (4-bit).</source>
        <translation>Precisión de los pesos: auto (predeterminado: la más rápida que mantiene la calidad en esta CPU), best (la propia del checkpoint), f32, bf16, q8 (8-bit) o q4 (4-bit).</translation>
    </message>
    <message>
        <source>--dtype must be one of %1, not &apos;%2&apos;</source>
        <translation>--dtype debe ser uno de %1, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Answers decoded together in one pass through the weights (default 8; 1: one at a time).</source>
        <translation>Respuestas que se decodifican juntas en una sola pasada por los pesos (predeterminado 8; 1: de una en una).</translation>
    </message>
    <message>
        <source>Prompt tokens read per pass (default 256; fewer while other answers decode).</source>
        <translation>Tokens del prompt leídos por pasada (predeterminado 256; menos mientras se decodifican otras respuestas).</translation>
    </message>
    <message>
        <source>--max-batch must be between 1 and 256</source>
        <translation>--max-batch debe estar entre 1 y 256</translation>
    </message>
    <message>
        <source>--prefill-chunk must be at least 1</source>
        <translation>--prefill-chunk debe ser al menos 1</translation>
    </message>
</context>
<context>
    <name>mdi::ForwardBatchMessage</name>
    <message>
        <source>a ForwardBatch needs at least one entry</source>
        <translation>un ForwardBatch necesita al menos una entrada</translation>
    </message>
    <message>
        <source>an entry needs at least one token</source>
        <translation>una entrada necesita al menos un token</translation>
    </message>
    <message>
        <source>session %1 appears twice</source>
        <translation>la sesión %1 aparece dos veces</translation>
    </message>
    <message>
        <source>the entries hold more than %1 tokens</source>
        <translation>las entradas contienen más de %1 tokens</translation>
    </message>
</context>
<context>
    <name>mdi::ForwardMessage</name>
    <message>
        <source>a Forward needs at least one token</source>
        <translation>un Forward necesita al menos un token</translation>
    </message>
    <message>
        <source>%1 rows of hidden states for %2 tokens</source>
        <translation>%1 filas de estados ocultos para %2 tokens</translation>
    </message>
    <message>
        <source>hidden states need at least one column</source>
        <translation>los estados ocultos necesitan al menos una columna</translation>
    </message>
</context>
<context>
    <name>mdi::FrameReader</name>
    <message>
        <source>the stream does not start with an MDI frame (bad magic bytes %1)</source>
        <translation>el flujo no empieza con una trama MDI (bytes mágicos incorrectos %1)</translation>
    </message>
    <message>
        <source>the peer speaks protocol version %1; this program speaks version %2</source>
        <translation>el par habla la versión %1 del protocolo; este programa habla la versión %2</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>tipo de mensaje desconocido %1</translation>
    </message>
    <message>
        <source>reserved flags 0x%1 are set in a %2 frame</source>
        <translation>hay indicadores reservados 0x%1 activados en una trama %2</translation>
    </message>
    <message>
        <source>a %1 frame of %2 bytes exceeds the limit of %3 bytes</source>
        <translation>una trama %1 de %2 bytes supera el límite de %3 bytes</translation>
    </message>
</context>
<context>
    <name>mdi::FrameWriter</name>
    <message>
        <source>a %1 message of %2 bytes exceeds the frame limit of %3 bytes</source>
        <translation>un mensaje %1 de %2 bytes supera el límite de trama de %3 bytes</translation>
    </message>
    <message>
        <source>could not send a %1 message: %2</source>
        <translation>no se pudo enviar un mensaje %1: %2</translation>
    </message>
</context>
<context>
    <name>mdi::GenerateCommand</name>
    <message>
        <source>MDI Chat on the command line: one prompt and images in, the answer out.

Commands (mdi-run COMMAND --help):
%1</source>
        <translation>MDI Chat en la línea de comandos: un prompt e imágenes como entrada, la respuesta como salida.

Comandos (mdi-run COMMAND --help):
%1</translation>
    </message>
    <message>
        <source>The user message.</source>
        <translation>El mensaje del usuario.</translation>
    </message>
    <message>
        <source>A system message.</source>
        <translation>Un mensaje del sistema.</translation>
    </message>
    <message>
        <source>A JSON file with &quot;messages&quot; (Hugging Face chat format) and optional &quot;chat_template_kwargs&quot;.</source>
        <translation>Un archivo JSON con &quot;messages&quot; (formato de chat de Hugging Face) y &quot;chat_template_kwargs&quot; opcional.</translation>
    </message>
    <message>
        <source>Folder that relative image names in --messages resolve against.</source>
        <translation>Carpeta respecto a la que se resuelven los nombres de imagen relativos de --messages.</translation>
    </message>
    <message>
        <source>Keep the K most likely tokens (0: off).</source>
        <translation>Conservar los K tokens más probables (0: desactivado).</translation>
    </message>
    <message>
        <source>Nucleus sampling threshold.</source>
        <translation>Umbral del muestreo de núcleo.</translation>
    </message>
    <message>
        <source>Drop tokens below P times the top probability.</source>
        <translation>Descartar los tokens por debajo de P veces la probabilidad máxima.</translation>
    </message>
    <message>
        <source>Repetition penalty (1: off).</source>
        <translation>Penalización por repetición (1: desactivada).</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>Semilla aleatoria (predeterminado: 0).</translation>
    </message>
    <message>
        <source>A stop string (repeatable).</source>
        <translation>Una cadena de parada (repetible).</translation>
    </message>
    <message>
        <source>Keep generating after end-of-sequence.</source>
        <translation>Seguir generando después del fin de secuencia.</translation>
    </message>
    <message>
        <source>Print one JSON object with tokens, text and statistics.</source>
        <translation>Imprimir un objeto JSON con tokens, texto y estadísticas.</translation>
    </message>
    <message>
        <source>Generate K answers at once with seeds S..S+K-1 (--json prints an array).</source>
        <translation>Generar K respuestas a la vez con las semillas S..S+K-1 (--json imprime una matriz).</translation>
    </message>
    <message>
        <source>--model DIR is required (see --help)</source>
        <translation>--model DIR es obligatorio (consulte --help)</translation>
    </message>
    <message>
        <source>give either --prompt or --messages</source>
        <translation>indique --prompt o --messages</translation>
    </message>
    <message>
        <source>--parallel must be at least 1</source>
        <translation>--parallel debe ser al menos 1</translation>
    </message>
    <message>
        <source>With --json: each generated token&apos;s log-probability and the N most likely tokens of its step (0 to %1), under &quot;logprobs&quot; as in OpenAI&apos;s chat API; from the model&apos;s distribution, before temperature and top-k/top-p. Keeps every step&apos;s logits (0.6 MB each for Qwen2-VL).</source>
        <translation>Con --json: la log-probabilidad de cada token generado y los N tokens más probables de su paso (de 0 a %1), en &quot;logprobs&quot; como en la API de chat de OpenAI; según la distribución del modelo, antes de la temperatura y de top-k/top-p. Conserva los logits de cada paso (0,6 MB cada uno con Qwen2-VL).</translation>
    </message>
    <message>
        <source>--logprobs must be between 0 and %1, not &apos;%2&apos;</source>
        <translation>--logprobs debe estar entre 0 y %1, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--logprobs needs --json (the log-probabilities are part of the JSON answer)</source>
        <translation>--logprobs necesita --json (las log-probabilidades forman parte de la respuesta JSON)</translation>
    </message>
    <message>
        <source>Most tokens to generate (default: the model&apos;s generation_config.json, else 512).</source>
        <translation>Máximo de tokens que generar (predeterminado: el generation_config.json del modelo; si no, 512).</translation>
    </message>
    <message>
        <source>Sampling temperature; 0 is greedy. Giving it, --top-p, --top-k or --min-p replaces the model&apos;s generation_config.json sampling: what is not given is 1 (temperature, top-p) or off (top-k, min-p).</source>
        <translation>Temperatura de muestreo; 0 es greedy. Indicarla, o --top-p, --top-k o --min-p, sustituye el muestreo del generation_config.json del modelo: lo no indicado vale 1 (temperatura, top-p) o queda desactivado (top-k, min-p).</translation>
    </message>
    <message>
        <source>An image for the prompt, or a PDF: one image per page (repeatable).</source>
        <translation>Una imagen para el prompt, o un PDF: una imagen por página (repetible).</translation>
    </message>
</context>
<context>
    <name>mdi::HistorySchema</name>
    <message>
        <source>%1: cannot read the chat history; the file is damaged or not an SQLite database (%2)</source>
        <translation>%1: no se puede leer el historial de chat; el archivo está dañado o no es una base de datos SQLite (%2)</translation>
    </message>
    <message>
        <source>%1: this SQLite file belongs to another application (application id %2); it was left unchanged</source>
        <translation>%1: este archivo SQLite pertenece a otra aplicación (id de aplicación %2); no se ha modificado</translation>
    </message>
    <message>
        <source>%1: the chat history was written by a newer version of MDI Chat (schema version %2; this version understands up to %3). It was left unchanged; update MDI Chat to open it.</source>
        <translation>%1: el historial de chat lo escribió una versión más reciente de MDI Chat (versión de esquema %2; esta versión entiende hasta la %3). No se ha modificado; actualice MDI Chat para abrirlo.</translation>
    </message>
    <message>
        <source>%1: the chat history has an invalid schema version %2</source>
        <translation>%1: el historial de chat tiene una versión de esquema no válida: %2</translation>
    </message>
    <message>
        <source>%1: this SQLite file is not an MDI Chat history (schema version %2 without MDI Chat&apos;s application id); it was left unchanged</source>
        <translation>%1: este archivo SQLite no es un historial de MDI Chat (versión de esquema %2 sin el id de aplicación de MDI Chat); no se ha modificado</translation>
    </message>
    <message>
        <source>%1: cannot read the chat history (%2)</source>
        <translation>%1: no se puede leer el historial de chat (%2)</translation>
    </message>
    <message>
        <source>%1: this SQLite file holds tables of another application; it was left unchanged</source>
        <translation>%1: este archivo SQLite contiene tablas de otra aplicación; no se ha modificado</translation>
    </message>
    <message>
        <source>%1: cannot configure the database (%2)</source>
        <translation>%1: no se puede configurar la base de datos (%2)</translation>
    </message>
    <message>
        <source>%1: cannot lock the database to upgrade it (%2)</source>
        <translation>%1: no se puede bloquear la base de datos para actualizarla (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version (%2)</source>
        <translation>%1: no se puede leer la versión del esquema (%2)</translation>
    </message>
    <message>
        <source>%1: the chat history was upgraded by a newer version of MDI Chat (schema version %2)</source>
        <translation>%1: el historial de chat lo actualizó una versión más reciente de MDI Chat (versión de esquema %2)</translation>
    </message>
    <message>
        <source>%1: cannot upgrade the chat history to schema version %2 (%3)</source>
        <translation>%1: no se puede actualizar el historial de chat a la versión de esquema %2 (%3)</translation>
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
        <translation>la base de datos está ocupada o es de solo lectura</translation>
    </message>
    <message>
        <source>cannot save the change</source>
        <translation>no se puede guardar el cambio</translation>
    </message>
    <message>
        <source>cannot read the messages</source>
        <translation>no se pueden leer los mensajes</translation>
    </message>
    <message>
        <source>cannot read the attachments</source>
        <translation>no se pueden leer los adjuntos</translation>
    </message>
    <message>
        <source>cannot save an image attachment</source>
        <translation>no se puede guardar un adjunto de imagen</translation>
    </message>
    <message>
        <source>%1: the history writer is not running</source>
        <translation>%1: el escritor del historial no se está ejecutando</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed; the chat history cannot be opened.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado; no se puede abrir el historial de chat.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the chat history</source>
        <translation>%1: no se puede crear la carpeta del historial de chat</translation>
    </message>
    <message>
        <source>%1: cannot open the chat history (%2)</source>
        <translation>%1: no se puede abrir el historial de chat (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open the chat history for reading (%2)</source>
        <translation>%1: no se puede abrir el historial de chat para lectura (%2)</translation>
    </message>
    <message>
        <source>cannot read conversation %1</source>
        <translation>no se puede leer la conversación %1</translation>
    </message>
    <message>
        <source>Conversation %1 does not exist (it may have been deleted).</source>
        <translation>La conversación %1 no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <source>Message %1 does not exist (it may have been deleted).</source>
        <translation>El mensaje %1 no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 are allowed.</source>
        <translation>El título tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>cannot create a conversation</source>
        <translation>no se puede crear una conversación</translation>
    </message>
    <message>
        <source>cannot rename conversation %1</source>
        <translation>no se puede renombrar la conversación %1</translation>
    </message>
    <message>
        <source>cannot save the settings of conversation %1</source>
        <translation>no se puede guardar la configuración de la conversación %1</translation>
    </message>
    <message>
        <source>cannot read the attachments of conversation %1</source>
        <translation>no se pueden leer los adjuntos de la conversación %1</translation>
    </message>
    <message>
        <source>cannot delete conversation %1</source>
        <translation>no se puede eliminar la conversación %1</translation>
    </message>
    <message>
        <source>A message&apos;s role must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;; got &quot;%1&quot;.</source>
        <translation>El rol de un mensaje debe ser &quot;user&quot;, &quot;assistant&quot; o &quot;system&quot;; se recibió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: the image reference &quot;%2&quot; is not a SHA-256 digest</source>
        <translation>%1: la referencia de imagen &quot;%2&quot; no es un resumen SHA-256</translation>
    </message>
    <message>
        <source>%1: the image is not in the image store %2</source>
        <translation>%1: la imagen no está en el almacén de imágenes %2</translation>
    </message>
    <message>
        <source>cannot read message %1</source>
        <translation>no se puede leer el mensaje %1</translation>
    </message>
    <message>
        <source>Message %1 belongs to another conversation; it cannot be the parent of a message in conversation %2.</source>
        <translation>El mensaje %1 pertenece a otra conversación; no puede ser el padre de un mensaje de la conversación %2.</translation>
    </message>
    <message>
        <source>cannot save the message</source>
        <translation>no se puede guardar el mensaje</translation>
    </message>
    <message>
        <source>cannot save message %1</source>
        <translation>no se puede guardar el mensaje %1</translation>
    </message>
    <message>
        <source>cannot read the replies to message %1</source>
        <translation>no se pueden leer las respuestas al mensaje %1</translation>
    </message>
    <message>
        <source>cannot read the attachments of message %1</source>
        <translation>no se pueden leer los adjuntos del mensaje %1</translation>
    </message>
    <message>
        <source>cannot delete message %1</source>
        <translation>no se puede eliminar el mensaje %1</translation>
    </message>
    <message>
        <source>Message %1 is not part of conversation %2.</source>
        <translation>El mensaje %1 no forma parte de la conversación %2.</translation>
    </message>
    <message>
        <source>cannot switch the branch of conversation %1</source>
        <translation>no se puede cambiar la rama de la conversación %1</translation>
    </message>
    <message>
        <source>Message %1 of %2: its id %3 is not positive or not unique.</source>
        <translation>Mensaje %1 de %2: su id %3 no es positivo o no es único.</translation>
    </message>
    <message>
        <source>Message %1 (id %2): its parent %3 is not an earlier message of the conversation.</source>
        <translation>Mensaje %1 (id %2): su padre %3 no es un mensaje anterior de la conversación.</translation>
    </message>
    <message>
        <source>Message %1 (id %2): the role must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;; got &quot;%3&quot;.</source>
        <translation>Mensaje %1 (id %2): el rol debe ser &quot;user&quot;, &quot;assistant&quot; o &quot;system&quot;; se recibió &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Message %1 (id %2): the image %3 is not in the image store.</source>
        <translation>Mensaje %1 (id %2): la imagen %3 no está en el almacén de imágenes.</translation>
    </message>
    <message>
        <source>The current message %1 is not one of the conversation&apos;s messages.</source>
        <translation>El mensaje actual %1 no es uno de los mensajes de la conversación.</translation>
    </message>
    <message>
        <source>cannot save a message</source>
        <translation>no se puede guardar un mensaje</translation>
    </message>
    <message>
        <source>cannot save the messages</source>
        <translation>no se pueden guardar los mensajes</translation>
    </message>
    <message>
        <source>cannot pin conversation %1</source>
        <translation>no se puede fijar la conversación %1</translation>
    </message>
</context>
<context>
    <name>mdi::HttpConnection</name>
    <message numerus="yes">
        <source>The request body (%n byte(s)) did not arrive in time.</source>
        <translation>
            <numerusform>El cuerpo de la solicitud (%n byte) no llegó a tiempo.</numerusform>
            <numerusform>El cuerpo de la solicitud (%n bytes) no llegó a tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 s.</source>
        <translation>La cabecera de la solicitud no llegó en %1 s.</translation>
    </message>
</context>
<context>
    <name>mdi::HttpRequestParser</name>
    <message>
        <source>The request line and header fields exceed %1 bytes.</source>
        <translation>La línea de solicitud y los campos de cabecera superan los %1 bytes.</translation>
    </message>
    <message>
        <source>The request line is malformed; expected &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation>La línea de solicitud está mal formada; se esperaba &quot;METHOD /path HTTP/1.1&quot;.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Solo se admiten HTTP/1.0 y HTTP/1.1.</translation>
    </message>
    <message>
        <source>The request target must be a path starting with &apos;/&apos;.</source>
        <translation>El destino de la solicitud debe ser una ruta que empiece por &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The request target contains characters that must be percent-encoded.</source>
        <translation>El destino de la solicitud contiene caracteres que deben codificarse con porcentajes.</translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation>No se aceptan líneas de cabecera plegadas.</translation>
    </message>
    <message>
        <source>A header line is malformed; expected &quot;Name: value&quot;.</source>
        <translation>Una línea de cabecera está mal formada; se esperaba &quot;Name: value&quot;.</translation>
    </message>
    <message>
        <source>A header value contains control characters.</source>
        <translation>Un valor de cabecera contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The request has more than %1 header fields.</source>
        <translation>La solicitud tiene más de %1 campos de cabecera.</translation>
    </message>
    <message>
        <source>HTTP/1.1 requests must have a Host header.</source>
        <translation>Las solicitudes HTTP/1.1 deben tener una cabecera Host.</translation>
    </message>
    <message>
        <source>Request bodies must be sent with a Content-Length; chunked transfer coding is not supported.</source>
        <translation>Los cuerpos de solicitud deben enviarse con Content-Length; no se admite la codificación de transferencia chunked.</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>La cabecera Content-Length no es un número.</translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length values.</source>
        <translation>La solicitud tiene valores de Content-Length contradictorios.</translation>
    </message>
    <message>
        <source>A %1 request needs a Content-Length header.</source>
        <translation>Una solicitud %1 necesita una cabecera Content-Length.</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; at most %2 are accepted.</source>
        <translation>El cuerpo de la solicitud tiene %1 bytes; se aceptan como máximo %2.</translation>
    </message>
    <message>
        <source>Only &quot;Expect: 100-continue&quot; is supported.</source>
        <translation>Solo se admite &quot;Expect: 100-continue&quot;.</translation>
    </message>
</context>
<context>
    <name>mdi::HttpServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>No se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <source>The server has too many open connections; try again later.</source>
        <translation>El servidor tiene demasiadas conexiones abiertas; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server has too many open connections from %1; try again later.</source>
        <translation>El servidor tiene demasiadas conexiones abiertas desde %1; inténtelo de nuevo más tarde.</translation>
    </message>
</context>
<context>
    <name>mdi::HubFileList</name>
    <message>
        <source>%1: the answer is not a JSON object (%2)</source>
        <translation>%1: la respuesta no es un objeto JSON (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;sha&quot; is not a commit hash</source>
        <translation>%1: &quot;sha&quot; no es un hash de commit</translation>
    </message>
    <message>
        <source>%1: &quot;siblings&quot; (the file list) is missing</source>
        <translation>%1: falta &quot;siblings&quot; (la lista de archivos)</translation>
    </message>
    <message>
        <source>%1: unsafe file name &quot;%2&quot;</source>
        <translation>%1: nombre de archivo no seguro &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 has no valid LFS sha256</source>
        <translation>%1: %2 no tiene un sha256 de LFS válido</translation>
    </message>
    <message>
        <source>%1: %2 has no blob id (ask with ?blobs=true)</source>
        <translation>%1: %2 no tiene id de blob (solicítelo con ?blobs=true)</translation>
    </message>
    <message>
        <source>%1: %2 has no size</source>
        <translation>%1: %2 no tiene tamaño</translation>
    </message>
</context>
<context>
    <name>mdi::ImageDecoder</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: archivo no encontrado (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1: es una carpeta, no un archivo de imagen</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; image files over %3 MB are not accepted</source>
        <translation>%1: el archivo ocupa %2 MB; no se aceptan archivos de imagen de más de %3 MB</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes), not an image</source>
        <translation>%1: el archivo está vacío (0 bytes); no es una imagen</translation>
    </message>
    <message>
        <source>%1: the image data is %2 MB; images over %3 MB are not accepted</source>
        <translation>%1: los datos de la imagen ocupan %2 MB; no se aceptan imágenes de más de %3 MB</translation>
    </message>
    <message>
        <source>%1: not an image, or in a format that cannot be read (readable: %2)</source>
        <translation>%1: no es una imagen o está en un formato que no se puede leer (legibles: %2)</translation>
    </message>
    <message>
        <source>%1: the image declares an empty size (%2 x %3 pixels)</source>
        <translation>%1: la imagen declara un tamaño vacío (%2 x %3 píxeles)</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels (%4 megapixels); at most %5 megapixels are accepted</source>
        <translation>%1: la imagen mide %2 x %3 píxeles (%4 megapíxeles); se aceptan como máximo %5 megapíxeles</translation>
    </message>
    <message>
        <source>%1: the JPEG data ends early (the file is truncated or damaged)</source>
        <translation>%1: los datos JPEG terminan antes de tiempo (el archivo está truncado o dañado)</translation>
    </message>
    <message>
        <source>the data is too short to hold an image</source>
        <translation>los datos son demasiado cortos para contener una imagen</translation>
    </message>
    <message>
        <source>%1: cannot decode the image (%2); the file may be truncated or damaged</source>
        <translation>%1: no se puede decodificar la imagen (%2); puede que el archivo esté truncado o dañado</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels; at most %4 megapixels are accepted</source>
        <translation>%1: la imagen mide %2 x %3 píxeles; se aceptan como máximo %4 megapíxeles</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device, pipe or socket)</source>
        <translation>%1: no es un archivo normal (un dispositivo, una tubería o un socket)</translation>
    </message>
</context>
<context>
    <name>mdi::ImagePreprocessor</name>
    <message>
        <source>the image has no pixels (%1 x %2)</source>
        <translation>la imagen no tiene píxeles (%1 x %2)</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels; its aspect ratio %3:1 is above the limit of %4:1</source>
        <translation>la imagen mide %1 x %2 píxeles; su relación de aspecto %3:1 supera el límite de %4:1</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels, too large to resize</source>
        <translation>la imagen mide %1 x %2 píxeles, demasiado grande para redimensionarla</translation>
    </message>
    <message>
        <source>image from a data: URL</source>
        <translation>imagen de una URL &quot;data:&quot;</translation>
    </message>
    <message>
        <source>not a data: URL (it must start with &quot;data:&quot;)</source>
        <translation>no es una URL data: (debe empezar por &quot;data:&quot;)</translation>
    </message>
    <message>
        <source>malformed data: URL: no comma before the data</source>
        <translation>URL data: mal formada: no hay una coma antes de los datos</translation>
    </message>
    <message>
        <source>only base64-encoded data: URLs are supported</source>
        <translation>solo se admiten URL data: codificadas en base64</translation>
    </message>
    <message>
        <source>the data: URL holds &quot;%1&quot;, not an image</source>
        <translation>la URL data: contiene &quot;%1&quot;, no una imagen</translation>
    </message>
    <message>
        <source>the data: URL holds over %1 MB; larger images are not accepted</source>
        <translation>la URL data: contiene más de %1 MB; no se aceptan imágenes más grandes</translation>
    </message>
    <message>
        <source>malformed data: URL: the base64 data is invalid</source>
        <translation>URL data: mal formada: los datos base64 no son válidos</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>la imagen está vacía</translation>
    </message>
</context>
<context>
    <name>mdi::ImageStore</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: archivo no encontrado (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1: es una carpeta, no un archivo de imagen</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; image files over %3 MB are not accepted</source>
        <translation>%1: el archivo ocupa %2 MB; no se aceptan archivos de imagen de más de %3 MB</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: images in %2 format are not accepted (accepted: PNG, JPEG, GIF, WebP, BMP, TIFF)</source>
        <translation>%1: no se aceptan imágenes en formato %2 (se aceptan: PNG, JPEG, GIF, WebP, BMP, TIFF)</translation>
    </message>
    <message>
        <source>%1: the image format is not recognised</source>
        <translation>%1: no se reconoce el formato de la imagen</translation>
    </message>
    <message>
        <source>%1: cannot create the image folder %2</source>
        <translation>%1: no se puede crear la carpeta de imágenes %2</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: no se puede escribir %2: %3</translation>
    </message>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1: la imagen está vacía</translation>
    </message>
    <message>
        <source>%1: cannot encode the image as PNG: %2</source>
        <translation>%1: no se puede codificar la imagen como PNG: %2</translation>
    </message>
</context>
<context>
    <name>mdi::ImageThumbnail</name>
    <message>
        <source>Missing image</source>
        <translation>Falta la imagen</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
    <message>
        <source>%1 (%2): click to open at full size</source>
        <translation>%1 (%2): haga clic para abrirla a tamaño completo</translation>
    </message>
    <message>
        <source>Image %1, %2</source>
        <translation>Imagen %1, %2</translation>
    </message>
    <message>
        <source>Opens the image at full size</source>
        <translation>Abre la imagen a tamaño completo</translation>
    </message>
</context>
<context>
    <name>mdi::ImageViewerDialog</name>
    <message>
        <source>%1 (%2 × %3 pixels)</source>
        <translation>%1 (%2 × %3 píxeles)</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>No se puede mostrar la imagen: %1</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>Switch between actual size and fit to window</source>
        <translation>Alternar entre el tamaño real y el ajuste a la ventana</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
</context>
<context>
    <name>mdi::InspectCommand</name>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>%1 (model_type %2)</source>
        <translation>%1 (model_type %2)</translation>
    </message>
    <message>
        <source>Text model</source>
        <translation>Modelo texto</translation>
    </message>
    <message>
        <source>%1 layers, hidden %2, %3 attention heads / %4 key-value heads (head dim %5), MLP %6, vocabulary %7</source>
        <translation>%1 capas, oculto %2, %3 cabezas de atención / %4 cabezas clave-valor (dim. de cabeza %5), MLP %6, vocabulario %7</translation>
    </message>
    <message>
        <source>Vision tower</source>
        <translation>Torre visión</translation>
    </message>
    <message>
        <source>%1 blocks, embed %2, %3 heads (head dim %4), MLP %5, patch %6 (temporal %7), merge %8x%8 -&gt; %9</source>
        <translation>%1 bloques, embed %2, %3 cabezas (dim. de cabeza %4), MLP %5, parche %6 (temporal %7), fusión %8x%8 -&gt; %9</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>visión</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>embedding</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>decoder</translation>
    </message>
    <message>
        <source>final norm</source>
        <translation>norma final</translation>
    </message>
    <message>
        <source>head</source>
        <translation>cabeza</translation>
    </message>
    <message>
        <source>tied to the embedding (no lm_head.weight)</source>
        <translation>vinculada al embedding (sin lm_head.weight)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>en disco</translation>
    </message>
    <message>
        <source>as bf16</source>
        <translation>como bf16</translation>
    </message>
    <message>
        <source>as f32</source>
        <translation>como f32</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>FAILED: not a usable Qwen2-VL checkpoint</source>
        <translation>ERROR: no es un checkpoint de Qwen2-VL utilizable</translation>
    </message>
    <message>
        <source>Describes a Qwen2-VL checkpoint folder and checks that its weights match its configuration.</source>
        <translation>Describe una carpeta de checkpoint de Qwen2-VL y comprueba que sus pesos coinciden con su configuración.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Prints the report as JSON.</source>
        <translation>Imprime el informe como JSON.</translation>
    </message>
    <message>
        <source>The checkpoint folder: config.json, preprocessor_config.json and model.safetensors or shards with model.safetensors.index.json.</source>
        <translation>La carpeta del checkpoint: config.json, preprocessor_config.json y model.safetensors o fragmentos con model.safetensors.index.json.</translation>
    </message>
    <message>
        <source>%1: expects exactly one checkpoint folder; see --help</source>
        <translation>%1: se espera exactamente una carpeta de checkpoint; consulte --help</translation>
    </message>
    <message>
        <source>%1: %2 is not a usable Qwen2-VL checkpoint</source>
        <translation>%1: %2 no es un checkpoint de Qwen2-VL utilizable</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 bytes (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n capa</numerusform>
            <numerusform>%n capas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 en %n archivo</numerusform>
            <numerusform>%1 en %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes, %n tensor(s)</source>
        <translation>
            <numerusform>%1 bytes, %n tensor</numerusform>
            <numerusform>%1 bytes, %n tensores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK: %n tensor(s) match config.json</source>
        <translation>
            <numerusform>OK: %n tensor coincide con config.json</numerusform>
            <numerusform>OK: %n tensores coinciden con config.json</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::JsonSchema</name>
    <message>
        <source>%1: the schema must describe an object ({&quot;type&quot;: &quot;object&quot;, ...}), as OpenAI requires</source>
        <translation>%1: el esquema debe describir un objeto ({&quot;type&quot;: &quot;object&quot;, ...}), como exige OpenAI</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not supported; the supported subset of JSON Schema is type (object, array, string, number, integer, boolean, null), properties, required, additionalProperties, items, enum, const, minimum, maximum, exclusiveMinimum and exclusiveMaximum</source>
        <translation>%1: &apos;%2&apos; no es compatible; el subconjunto de JSON Schema admitido es type (object, array, string, number, integer, boolean, null), properties, required, additionalProperties, items, enum, const, minimum, maximum, exclusiveMinimum y exclusiveMaximum</translation>
    </message>
    <message>
        <source>%1: the schema has more than %2 parts</source>
        <translation>%1: el esquema tiene más de %2 partes</translation>
    </message>
    <message>
        <source>%1: type &apos;%2&apos; is not a JSON Schema type (object, array, string, number, integer, boolean, null)</source>
        <translation>%1: el tipo &apos;%2&apos; no es un tipo de JSON Schema (object, array, string, number, integer, boolean, null)</translation>
    </message>
    <message>
        <source>%1: &apos;type&apos; names no type</source>
        <translation>%1: &apos;type&apos; no nombra ningún tipo</translation>
    </message>
    <message>
        <source>%1: &apos;type&apos; must be a string or a list of strings</source>
        <translation>%1: &apos;type&apos; debe ser una cadena o una lista de cadenas</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a number</source>
        <translation>%1: &apos;%2&apos; debe ser un número</translation>
    </message>
    <message>
        <source>%1: no integer lies within &apos;minimum&apos; and &apos;maximum&apos;</source>
        <translation>%1: ningún entero está entre &apos;minimum&apos; y &apos;maximum&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;enum&apos; must be a list of values</source>
        <translation>%1: &apos;enum&apos; debe ser una lista de valores</translation>
    </message>
    <message>
        <source>%1: enum and const values must be strings, numbers, booleans or null</source>
        <translation>%1: los valores de enum y const deben ser cadenas, números, booleanos o null</translation>
    </message>
    <message>
        <source>%1: no value of &apos;enum&apos;/&apos;const&apos; is allowed by the schema</source>
        <translation>%1: el esquema no permite ningún valor de &apos;enum&apos;/&apos;const&apos;</translation>
    </message>
    <message>
        <source>%1: the schema has no &apos;type&apos; (every part of the schema needs a type, an enum or a const)</source>
        <translation>%1: el esquema no tiene &apos;type&apos; (cada parte del esquema necesita un tipo, un enum o un const)</translation>
    </message>
    <message>
        <source>%1: objects and arrays are nested more than %2 deep</source>
        <translation>%1: objetos y arrays anidados a más de %2 niveles</translation>
    </message>
    <message>
        <source>%1: &apos;properties&apos; must be an object</source>
        <translation>%1: &apos;properties&apos; debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: the object has %2 properties; at most %3 are supported</source>
        <translation>%1: el objeto tiene %2 propiedades; se admiten como máximo %3</translation>
    </message>
    <message>
        <source>%1: &apos;additionalProperties&apos; must be a boolean or a schema</source>
        <translation>%1: &apos;additionalProperties&apos; debe ser un booleano o un esquema</translation>
    </message>
    <message>
        <source>%1.properties.%2 must be a schema (an object)</source>
        <translation>%1.properties.%2 debe ser un esquema (un objeto)</translation>
    </message>
    <message>
        <source>%1: the property name &apos;%2...&apos; is longer than 255 bytes</source>
        <translation>%1: el nombre de propiedad &apos;%2...&apos; supera los 255 bytes</translation>
    </message>
    <message>
        <source>%1: &apos;required&apos; must be a list of property names</source>
        <translation>%1: &apos;required&apos; debe ser una lista de nombres de propiedades</translation>
    </message>
    <message>
        <source>%1: &apos;required&apos; names &apos;%2&apos;, which is not in &apos;properties&apos;</source>
        <translation>%1: &apos;required&apos; nombra &apos;%2&apos;, que no está en &apos;properties&apos;</translation>
    </message>
    <message>
        <source>%1: an array needs &apos;items&apos;, one schema for every item</source>
        <translation>%1: un array necesita &apos;items&apos;, un esquema para cada elemento</translation>
    </message>
</context>
<context>
    <name>mdi::LoadProgress</name>
    <message>
        <source>layer %1</source>
        <translation>capa %1</translation>
    </message>
    <message>
        <source>layers %1–%2</source>
        <translation>capas %1–%2</translation>
    </message>
    <message>
        <source>Reading the model…</source>
        <translation>Leyendo el modelo…</translation>
    </message>
    <message>
        <source>Checking %1 for %2: %3 / %4 MB</source>
        <translation>Comprobando %1 para %2: %3 / %4 MB</translation>
    </message>
    <message>
        <source>Asking %1 which weights of %2 it needs…</source>
        <translation>Preguntando a %1 qué pesos de %2 necesita…</translation>
    </message>
    <message>
        <source>Sending %1 to %2: %3 / %4 MB</source>
        <translation>Enviando %1 a %2: %3 / %4 MB</translation>
    </message>
    <message>
        <source>%1 already has the weights of %2</source>
        <translation>%1 ya tiene los pesos de %2</translation>
    </message>
    <message>
        <source>%1 is loading %2…</source>
        <translation>%1 está cargando %2…</translation>
    </message>
    <message>
        <source>Loading %1 on this computer (stage %2 of %3)…</source>
        <translation>Cargando %1 en este equipo (etapa %2 de %3)…</translation>
    </message>
</context>
<context>
    <name>mdi::LoadStageMessage</name>
    <message>
        <source>[%1, %2) is not a layer range</source>
        <translation>[%1, %2) no es un rango de capas</translation>
    </message>
    <message>
        <source>must be between 1 and %1, not %2</source>
        <translation>debe estar entre 1 y %1, no %2</translation>
    </message>
    <message>
        <source>has a negative dimension</source>
        <translation>tiene una dimensión negativa</translation>
    </message>
    <message>
        <source>is out of range: %1</source>
        <translation>está fuera de rango: %1</translation>
    </message>
</context>
<context>
    <name>mdi::LoadStageReplyMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>está fuera de rango: %1</translation>
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
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contexto usado</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>&amp;Import Conversation…</source>
        <translation>&amp;Importar conversación…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>M&amp;odelos…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Attach Images…</source>
        <translation>&amp;Adjuntar imágenes…</translation>
    </message>
    <message>
        <source>Go to &amp;Message</source>
        <translation>Ir al &amp;mensaje</translation>
    </message>
    <message>
        <source>S&amp;top Generating</source>
        <translation>&amp;Detener la generación</translation>
    </message>
    <message>
        <source>&amp;Regenerate Last Answer</source>
        <translation>&amp;Regenerar la última respuesta</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About MDI Chat</source>
        <translation>&amp;Acerca de MDI Chat</translation>
    </message>
    <message>
        <source>About MDI Chat</source>
        <translation>Acerca de MDI Chat</translation>
    </message>
    <message>
        <source>&lt;b&gt;MDI Chat %1&lt;/b&gt;&lt;p&gt;Local multimodal chat with Qwen2-VL, distributed over the machines on your network.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MDI Chat %1&lt;/b&gt;&lt;p&gt;Chat multimodal local con Qwen2-VL, distribuido entre los equipos de su red.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Released under the %1 License.</source>
        <translation>Publicado bajo la licencia %1.</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>Context %1 / %2</source>
        <translation>Contexto %1 / %2</translation>
    </message>
    <message>
        <source>Tokens of the model&apos;s context this conversation uses</source>
        <translation>Tokens del contexto del modelo que usa esta conversación</translation>
    </message>
    <message>
        <source>The answer failed: %1</source>
        <translation>La respuesta falló: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Layers %1 on this computer</source>
        <translation>Capas %1 en este equipo</translation>
    </message>
    <message>
        <source>Delete Conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with all its messages and images? This cannot be undone.</source>
        <translation>¿Desea eliminar &quot;%1&quot; con todos sus mensajes e imágenes? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversación</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exportar como JSON</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exportar como Markdown</translation>
    </message>
    <message>
        <source>MDI Chat conversation (*.json)</source>
        <translation>Conversación de MDI Chat (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation>Importar conversación</translation>
    </message>
    <message>
        <source>MDI Chat conversation (*.json);;All files (*)</source>
        <translation>Conversación de MDI Chat (*.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n capa</numerusform>
            <numerusform>%n capas</numerusform>
        </translation>
    </message>
    <message>
        <source>Which host runs which decoder layers (View &gt; Peers)</source>
        <translation>Qué host ejecuta qué capas del decodificador (Ver &gt; Pares)</translation>
    </message>
    <message numerus="yes">
        <source>Layers %1 in %n local stage(s)</source>
        <translation>
            <numerusform>Capas %1 en %n etapa local</numerusform>
            <numerusform>Capas %1 en %n etapas locales</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de carga</translation>
    </message>
    <message>
        <source>%1
%2 of weights, loaded in %3 s
%4</source>
        <translation>%1
%2 de pesos, cargado en %3 s
%4</translation>
    </message>
    <message>
        <source>Your message and what followed it were deleted.</source>
        <translation>Se eliminaron su mensaje y lo que lo seguía.</translation>
    </message>
    <message>
        <source>The answer was deleted, with anything that followed it.</source>
        <translation>Se eliminó la respuesta, con todo lo que la seguía.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message numerus="yes">
        <source>Bring the deleted messages back (for %n second(s))</source>
        <translation>
            <numerusform>Recuperar los mensajes eliminados (durante %n segundo)</numerusform>
            <numerusform>Recuperar los mensajes eliminados (durante %n segundos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Local API on port %1</source>
        <translation>API local en el puerto %1</translation>
    </message>
    <message>
        <source>OpenAI-compatible API at %1/v1 for programs on this computer</source>
        <translation>API compatible con OpenAI en %1/v1 para los programas de este equipo</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>mdi::MakeRandomCommand</name>
    <message>
        <source>Writes a Qwen2-VL checkpoint folder with random weights of a real model&apos;s shapes, for benchmarks and tests. Values: Linear weights ~ N(0, 1/fan_in), embedding and biases ~ N(0, 0.02^2), norm weights ~ 1 + N(0, 0.1^2); the same seed gives the same bytes.</source>
        <translation>Escribe una carpeta de checkpoint de Qwen2-VL con pesos aleatorios con las formas de un modelo real, para pruebas y mediciones de rendimiento. Valores: pesos Linear ~ N(0, 1/fan_in), embedding y sesgos ~ N(0, 0.02^2), pesos de normalización ~ 1 + N(0, 0.1^2); la misma semilla produce los mismos bytes.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>2b or 7b (the released Instruct models), tiny (the configuration of the --tokenizer-from checkpoint), or the path of a config.json.</source>
        <translation>2b o 7b (los modelos Instruct publicados), tiny (la configuración del checkpoint de --tokenizer-from) o la ruta de un config.json.</translation>
    </message>
    <message>
        <source>The folder to write (new or empty).</source>
        <translation>La carpeta que escribir (nueva o vacía).</translation>
    </message>
    <message>
        <source>Storage dtype: bf16 (default) or f32.</source>
        <translation>Tipo de dato de almacenamiento: bf16 (predeterminado) o f32.</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>Semilla aleatoria (predeterminado: 0).</translation>
    </message>
    <message>
        <source>A Qwen2-VL checkpoint or tokenizer folder whose tokenizer files are copied (tokenizer.json, tokenizer_config.json, vocab.json, merges.txt, chat_template.json). Required unless --shape names a config.json with tokenizer files beside it.</source>
        <translation>Un checkpoint de Qwen2-VL o una carpeta de tokenizador cuyos archivos de tokenizador se copian (tokenizer.json, tokenizer_config.json, vocab.json, merges.txt, chat_template.json). Obligatorio salvo que --shape indique un config.json con archivos de tokenizador junto a él.</translation>
    </message>
    <message>
        <source>Overrides the number of decoder layers (quick tests of a big shape).</source>
        <translation>Reemplaza el número de capas del decodificador (pruebas rápidas de una forma grande).</translation>
    </message>
    <message>
        <source>Largest weight file, as transformers counts it: 2GB (default), 500MB, 1GiB or bytes. A checkpoint that fits in one is written as model.safetensors.</source>
        <translation>Archivo de pesos más grande, tal como lo cuenta transformers: 2GB (predeterminado), 500MB, 1GiB o bytes. Un checkpoint que cabe en uno se escribe como model.safetensors.</translation>
    </message>
    <message>
        <source>Write into a folder that is not empty, replacing a checkpoint there.</source>
        <translation>Escribir en una carpeta que no está vacía, reemplazando el checkpoint que contenga.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation>argumento inesperado &apos;%1&apos;; consulte --help</translation>
    </message>
    <message>
        <source>--shape and --out are required; see --help</source>
        <translation>--shape y --out son obligatorios; consulte --help</translation>
    </message>
    <message>
        <source>--dtype must be bf16 or f32, not &apos;%1&apos;</source>
        <translation>--dtype debe ser bf16 o f32, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer, not &apos;%1&apos;</source>
        <translation>--seed necesita un entero no negativo, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-shard-size needs a size such as 2GB, 500MB or 1000000, not &apos;%1&apos;</source>
        <translation>--max-shard-size necesita un tamaño como 2GB, 500MB o 1000000, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--tokenizer-from %1: no tokenizer.json there</source>
        <translation>--tokenizer-from %1: no hay ningún tokenizer.json allí</translation>
    </message>
    <message>
        <source>--shape %1 needs --tokenizer-from DIR: a folder with the Qwen2-VL tokenizer files (tokenizer.json, tokenizer_config.json, ...), such as a downloaded Qwen2-VL checkpoint</source>
        <translation>--shape %1 necesita --tokenizer-from DIR: una carpeta con los archivos del tokenizador de Qwen2-VL (tokenizer.json, tokenizer_config.json, ...), como un checkpoint de Qwen2-VL descargado</translation>
    </message>
    <message>
        <source>--shape tiny takes the configuration and tokenizer of the checkpoint given with --tokenizer-from DIR (the test fixture&apos;s qwen2vl-tiny/checkpoint)</source>
        <translation>--shape tiny toma la configuración y el tokenizador del checkpoint indicado con --tokenizer-from DIR (qwen2vl-tiny/checkpoint del fixture de pruebas)</translation>
    </message>
    <message>
        <source>%1 has no tokenizer files beside it; give --tokenizer-from DIR (a folder with the Qwen2-VL tokenizer.json)</source>
        <translation>%1 no tiene archivos de tokenizador junto a él; indique --tokenizer-from DIR (una carpeta con el tokenizer.json de Qwen2-VL)</translation>
    </message>
    <message>
        <source>--shape must be 2b, 7b, tiny or the path of a config.json, not &apos;%1&apos;</source>
        <translation>--shape debe ser 2b, 7b, tiny o la ruta de un config.json, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--layers needs a positive number, not &apos;%1&apos;</source>
        <translation>--layers necesita un número positivo, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>writing %1 (%2 of %3 MB written)</source>
        <translation>escribiendo %1 (%2 de %3 MB escritos)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 tensors, %3 parameters, %4 bytes of %5 weights in %n file(s), seed %6, in %7 s (%8 MB/s)</source>
        <translation>
            <numerusform>Se escribió %1: %2 tensores, %3 parámetros, %4 bytes de pesos %5 en %n archivo, semilla %6, en %7 s (%8 MB/s)</numerusform>
            <numerusform>Se escribió %1: %2 tensores, %3 parámetros, %4 bytes de pesos %5 en %n archivos, semilla %6, en %7 s (%8 MB/s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::MarkdownView</name>
    <message>
        <source>Answer text</source>
        <translation>Texto de la respuesta</translation>
    </message>
</context>
<context>
    <name>mdi::MessageWidget</name>
    <message>
        <source>Your message</source>
        <translation>Su mensaje</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Previous version of this question</source>
        <translation>Versión anterior de esta pregunta</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>Respuesta anterior</translation>
    </message>
    <message>
        <source>Show the previous version of this question</source>
        <translation>Mostrar la versión anterior de esta pregunta</translation>
    </message>
    <message>
        <source>Show the previous answer</source>
        <translation>Mostrar la respuesta anterior</translation>
    </message>
    <message>
        <source>Next version of this question</source>
        <translation>Versión siguiente de esta pregunta</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>Respuesta siguiente</translation>
    </message>
    <message>
        <source>Show the next version of this question</source>
        <translation>Mostrar la versión siguiente de esta pregunta</translation>
    </message>
    <message>
        <source>Show the next answer</source>
        <translation>Mostrar la respuesta siguiente</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>Copiar su mensaje</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>Copiar la respuesta</translation>
    </message>
    <message>
        <source>Edit and resend (the current version stays in the history)</source>
        <translation>Editar y reenviar (la versión actual se conserva en el historial)</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Editar y reenviar</translation>
    </message>
    <message>
        <source>Write another answer (this one stays available)</source>
        <translation>Escribir otra respuesta (esta sigue disponible)</translation>
    </message>
    <message>
        <source>Regenerate the answer</source>
        <translation>Regenerar la respuesta</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>Eliminar este mensaje y lo que le sigue</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>Eliminar el mensaje</translation>
    </message>
    <message>
        <source>Your message text</source>
        <translation>Texto de su mensaje</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source> · %1 tokens/s</source>
        <translation> · %1 tokens/s</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Stopped · %1</source>
        <translation>Detenido · %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Message state</source>
        <translation>Estado del mensaje</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Versión %1 de %2</translation>
    </message>
    <message>
        <source>Edited message</source>
        <translation>Mensaje editado</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the edited message</source>
        <translation>Enviar el mensaje editado</translation>
    </message>
    <message>
        <source>Send as a new version (Enter); the current one stays in the history</source>
        <translation>Enviar como versión nueva (Intro); la actual se conserva en el historial</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue writing this answer where it stopped</source>
        <translation>Seguir escribiendo esta respuesta donde se detuvo</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>Continuar la respuesta</translation>
    </message>
    <message>
        <source>Start a new conversation with the messages up to this one</source>
        <translation>Empezar una conversación nueva con los mensajes hasta este</translation>
    </message>
    <message>
        <source>Fork the conversation here</source>
        <translation>Bifurcar la conversación aquí</translation>
    </message>
</context>
<context>
    <name>mdi::ModelConfig</name>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: no es una carpeta</translation>
    </message>
    <message>
        <source>%1: field &apos;model_type&apos; is &apos;%2&apos;; MDI Chat runs Qwen2-VL (&apos;qwen2_vl&apos;) checkpoints</source>
        <translation>%1: el campo &apos;model_type&apos; es &apos;%2&apos;; MDI Chat ejecuta checkpoints de Qwen2-VL (&apos;qwen2_vl&apos;)</translation>
    </message>
    <message>
        <source>%1: special token id %2 lies outside the vocabulary (%3)</source>
        <translation>%1: el id de token especial %2 está fuera del vocabulario (%3)</translation>
    </message>
    <message>
        <source>%1: field &apos;vision_config&apos; is missing</source>
        <translation>%1: falta el campo &apos;vision_config&apos;</translation>
    </message>
    <message>
        <source>is missing (Qwen2-VL needs mrope_section)</source>
        <translation>no está presente (Qwen2-VL necesita mrope_section)</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, expected &apos;mrope&apos;</source>
        <translation>es &apos;%1&apos;; se esperaba &apos;mrope&apos;</translation>
    </message>
    <message>
        <source>must have three entries (t, h, w), has %1</source>
        <translation>debe tener tres entradas (t, h, w); tiene %1</translation>
    </message>
    <message>
        <source>entries must be positive</source>
        <translation>las entradas deben ser positivas</translation>
    </message>
    <message>
        <source>must be positive, is %1</source>
        <translation>debe ser positivo; es %1</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_attention_heads (%2)</source>
        <translation>(%1) no es divisible entre num_attention_heads (%2)</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_key_value_heads (%2)</source>
        <translation>(%1) no es divisible entre num_key_value_heads (%2)</translation>
    </message>
    <message>
        <source>sums to %1 but head_dim / 2 is %2 (head_dim = hidden_size / num_attention_heads = %3)</source>
        <translation>suma %1, pero head_dim / 2 es %2 (head_dim = hidden_size / num_attention_heads = %3)</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; Qwen2-VL uses &apos;silu&apos;</source>
        <translation>es &apos;%1&apos;; Qwen2-VL usa &apos;silu&apos;</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>debe ser positivo</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_heads (%2)</source>
        <translation>(%1) no es divisible entre num_heads (%2)</translation>
    </message>
    <message>
        <source>gives a head size of %1; the 2-D rotary needs a multiple of 4</source>
        <translation>da un tamaño de cabeza de %1; la codificación rotatoria 2-D necesita un múltiplo de 4</translation>
    </message>
    <message>
        <source>(%1, the merger output) differs from the text hidden_size (%2)</source>
        <translation>(%1, la salida del merger) difiere del hidden_size del texto (%2)</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; Qwen2-VL&apos;s vision tower uses &apos;quick_gelu&apos;</source>
        <translation>es &apos;%1&apos;; la torre de visión de Qwen2-VL usa &apos;quick_gelu&apos;</translation>
    </message>
    <message>
        <source>must have 3 entries</source>
        <translation>debe tener 3 entradas</translation>
    </message>
    <message>
        <source>must be at least min_pixels (%1), is %2</source>
        <translation>debe ser al menos min_pixels (%1); es %2</translation>
    </message>
    <message>
        <source>(%1) differs from the vision config (%2)</source>
        <translation>(%1) difiere de la configuración de visión (%2)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>must be in (0, 1]</source>
        <translation>debe estar en (0, 1]</translation>
    </message>
    <message>
        <source>must be in [0, 1]</source>
        <translation>debe estar en [0, 1]</translation>
    </message>
    <message>
        <source>must not be negative, is %1</source>
        <translation>no debe ser negativo, es %1</translation>
    </message>
    <message>
        <source>must be at least %1, is %2</source>
        <translation>debe ser al menos %1, es %2</translation>
    </message>
    <message>
        <source>is %1, more than the %2 this program accepts</source>
        <translation>es %1, más que el %2 que admite este programa</translation>
    </message>
    <message>
        <source>is %1, must be more than %2 and at most %3</source>
        <translation>es %1, debe ser mayor que %2 y como máximo %3</translation>
    </message>
    <message>
        <source>has the entry %1, more than the %2 this program accepts</source>
        <translation>tiene la entrada %1, más que el %2 que admite este programa</translation>
    </message>
    <message>
        <source>(%1) makes an MLP wider than the %2 this program accepts</source>
        <translation>(%1) da un MLP más ancho que el %2 que admite este programa</translation>
    </message>
    <message>
        <source>entries must be finite numbers</source>
        <translation>las entradas deben ser números finitos</translation>
    </message>
    <message>
        <source>lists %1 ids, more than the %2 this program accepts</source>
        <translation>enumera %1 ids, más que los %2 que admite este programa</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
</context>
<context>
    <name>mdi::ModelDownloader</name>
    <message>
        <source>Cannot download &quot;%1&quot; from &quot;%2&quot;: give a repository as organisation/name and an http(s) base URL</source>
        <translation>No se puede descargar &quot;%1&quot; de &quot;%2&quot;: indique un repositorio como organización/nombre y una URL base http(s)</translation>
    </message>
    <message>
        <source>%1: 401 Unauthorized. The repository needs a login: set HF_TOKEN to an access token.</source>
        <translation>%1: 401 Unauthorized. El repositorio requiere iniciar sesión: establezca HF_TOKEN en un token de acceso.</translation>
    </message>
    <message>
        <source>%1: 403 Forbidden. Accept the model&apos;s licence on its hub page, or check that the access token (HF_TOKEN) may read it.</source>
        <translation>%1: 403 Forbidden. Acepte la licencia del modelo en su página del hub o compruebe que el token de acceso (HF_TOKEN) tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>%1: 404 Not Found. Check the repository name and revision.</source>
        <translation>%1: 404 Not Found. Compruebe el nombre del repositorio y la revisión.</translation>
    </message>
    <message>
        <source>%1: 416 Range Not Satisfiable.</source>
        <translation>%1: 416 Range Not Satisfiable.</translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3</source>
        <translation>%1: el servidor respondió %2 %3</translation>
    </message>
    <message>
        <source>%1: timed out: no data for %2 s. Run the download again to resume it.</source>
        <translation>%1: se agotó el tiempo de espera: sin datos durante %2 s. Vuelva a ejecutar la descarga para reanudarla.</translation>
    </message>
    <message>
        <source>%1: no network connection (%2)</source>
        <translation>%1: no hay conexión de red (%2)</translation>
    </message>
    <message>
        <source>%1: the TLS certificate could not be verified (%2)</source>
        <translation>%1: no se pudo verificar el certificado TLS (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder (permissions?)</source>
        <translation>%1: no se puede crear la carpeta (¿permisos?)</translation>
    </message>
    <message>
        <source>Not enough disk space in %1: the download needs %2, %3 are free.</source>
        <translation>No hay suficiente espacio en disco en %1: la descarga necesita %2 y hay %3 libres.</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the partial download</source>
        <translation>%1: no se puede leer la descarga parcial</translation>
    </message>
    <message>
        <source>%1: cannot write (%2; is the disk full?)</source>
        <translation>%1: no se puede escribir (%2; ¿está lleno el disco?)</translation>
    </message>
    <message>
        <source>%1: received %2 bytes, the hub lists %3</source>
        <translation>%1: se recibieron %2 bytes; el hub indica %3</translation>
    </message>
    <message>
        <source>%1: the file is corrupt: its %2 is %3, the hub publishes %4 (tried %5 times)</source>
        <translation>%1: el archivo está dañado: su %2 es %3 y el hub publica %4 (%5 intentos)</translation>
    </message>
    <message>
        <source>%1: cannot move into place (%2)</source>
        <translation>%1: no se puede mover a su ubicación (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the link into blobs/</source>
        <translation>%1: no se puede crear el enlace en blobs/</translation>
    </message>
</context>
<context>
    <name>mdi::ModelManagerDialog</name>
    <message>
        <source>Cancel Download</source>
        <translation>Cancelar descarga</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Use This Model</source>
        <translation>&amp;Usar este modelo</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Models found</source>
        <translation>Modelos encontrados</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation>Dtype</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Download cancelled. Start it again to continue where it stopped.</source>
        <translation>Descarga cancelada. Iníciela de nuevo para continuar donde se detuvo.</translation>
    </message>
    <message>
        <source>&amp;Download %1 (%2)</source>
        <translation>&amp;Descargar %1 (%2)</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Descargar %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Choose the model to chat with, add a folder that holds one, or download one.</source>
        <translation>Elija el modelo con el que chatear, añada una carpeta que contenga uno o descargue uno.</translation>
    </message>
    <message>
        <source>No Qwen2-VL model was found on this computer. MDI Chat needs one to answer: download %1 (%2) from %3, or choose a folder that holds a checkpoint (config.json and *.safetensors).</source>
        <translation>No se encontró ningún modelo Qwen2-VL en este equipo. MDI Chat necesita uno para responder: descargue %1 (%2) de %3 o elija una carpeta que contenga un checkpoint (config.json y *.safetensors).</translation>
    </message>
    <message>
        <source>Choose the Model Folder</source>
        <translation>Elegir la carpeta del modelo</translation>
    </message>
    <message>
        <source>Asking %1 for the files of %2…</source>
        <translation>Solicitando a %1 los archivos de %2…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, quedan unos %1 s</translation>
    </message>
    <message>
        <source> — %1 (file %2 of %3)</source>
        <translation> — %1 (archivo %2 de %3)</translation>
    </message>
    <message>
        <source>The download finished but the model cannot be used: %1</source>
        <translation>La descarga terminó, pero el modelo no se puede usar: %1</translation>
    </message>
    <message>
        <source>Downloaded to %1.</source>
        <translation>Descargado en %1.</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Error en la descarga: %1</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>The model chat answers with (Settings &gt; Model folder)</source>
        <translation>El modelo con el que responde el chat (Configuración &gt; Carpeta del modelo)</translation>
    </message>
    <message>
        <source>Needs about %1 of memory; this computer has %2.</source>
        <translation>Necesita unos %1 de memoria; este equipo tiene %2.</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Cabe</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Justo</translation>
    </message>
    <message>
        <source>Close other programs, or choose 8-bit or 4-bit precision in Settings.</source>
        <translation>Cierre otros programas o elija precisión de 8 o 4 bits en Configuración.</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <source>Choose 4-bit precision in Settings, or put some layers on peers.</source>
        <translation>Elija precisión de 4 bits en Configuración o ponga algunas capas en pares.</translation>
    </message>
</context>
<context>
    <name>mdi::ModelPrompt</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Find or Download a Model…</source>
        <translation>Buscar o descargar un modelo…</translation>
    </message>
    <message>
        <source>Find or download a model</source>
        <translation>Buscar o descargar un modelo</translation>
    </message>
    <message>
        <source>Choose a model to start</source>
        <translation>Elija un modelo para empezar</translation>
    </message>
    <message>
        <source>MDI Chat runs Qwen2-VL on this computer. Download Qwen2-VL-2B-Instruct (about 4.4 GB) with one click, or choose a folder that holds a model: config.json, the tokenizer files and the *.safetensors weights.</source>
        <translation>MDI Chat ejecuta Qwen2-VL en este equipo. Descargue Qwen2-VL-2B-Instruct (unos 4,4 GB) con un clic o elija una carpeta que contenga un modelo: config.json, los archivos del tokenizador y los pesos *.safetensors.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Reading %1. You can write your first message meanwhile.</source>
        <translation>Leyendo %1. Mientras tanto, puede escribir su primer mensaje.</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>No se pudo cargar el modelo</translation>
    </message>
</context>
<context>
    <name>mdi::ModelRegistry</name>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: la carpeta no existe</translation>
    </message>
</context>
<context>
    <name>mdi::ModelsCommand</name>
    <message>
        <source>Lists the Qwen2-VL checkpoints in the Hugging Face cache and in model folders.</source>
        <translation>Enumera los checkpoints de Qwen2-VL de la caché de Hugging Face y de las carpetas de modelos.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>Also look at this checkpoint folder.</source>
        <translation>Buscar también en esta carpeta de checkpoint.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The hub cache to search (default: %1).</source>
        <translation>La caché del hub en la que buscar (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Hub cache: %1
</source>
        <translation>Caché del hub: %1
</translation>
    </message>
    <message>
        <source>No Qwen2-VL checkpoint found. Download one with: mdi-run download Qwen/Qwen2-VL-2B-Instruct
</source>
        <translation>No se encontró ningún checkpoint de Qwen2-VL. Descargue uno con: mdi-run download Qwen/Qwen2-VL-2B-Instruct
</translation>
    </message>
    <message>
        <source>  folder:     %1
</source>
        <translation>  carpeta:    %1
</translation>
    </message>
    <message>
        <source>  size:       %1
</source>
        <translation>  tamaño:     %1
</translation>
    </message>
    <message>
        <source>  parameters: %1
</source>
        <translation>  parámetros: %1
</translation>
    </message>
    <message>
        <source>  dtype:      %1
</source>
        <translation>  dtype:      %1
</translation>
    </message>
    <message>
        <source>  status:     ready
</source>
        <translation>  estado:     listo
</translation>
    </message>
    <message>
        <source>  status:     broken: %1
</source>
        <translation>  estado:     dañado: %1
</translation>
    </message>
</context>
<context>
    <name>mdi::NodeIdentity</name>
    <message>
        <source>Cannot read the node identity file %1.</source>
        <translation>No se puede leer el archivo de identidad del nodo %1.</translation>
    </message>
    <message>
        <source>The node identity file %1 is damaged.</source>
        <translation>El archivo de identidad del nodo %1 está dañado.</translation>
    </message>
    <message>
        <source>The node id &apos;%1&apos; in %2 is not valid; remove the file to make a new identity.</source>
        <translation>El id de nodo &apos;%1&apos; de %2 no es válido; elimine el archivo para crear una identidad nueva.</translation>
    </message>
    <message>
        <source>The pairing code in %1 is damaged: %2</source>
        <translation>El código de emparejamiento de %1 está dañado: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write the node identity file %1.</source>
        <translation>No se puede escribir el archivo de identidad del nodo %1.</translation>
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
        <translation>Conexión de %1 rechazada: %2</translation>
    </message>
    <message>
        <source>%1 (%2) connected</source>
        <translation>%1 (%2) se conectó</translation>
    </message>
    <message>
        <source>%1 disconnected: %2</source>
        <translation>%1 se desconectó: %2</translation>
    </message>
    <message>
        <source>%1 before Hello</source>
        <translation>%1 antes de Hello</translation>
    </message>
    <message>
        <source>The coordinator speaks protocol version %1, this node %2.</source>
        <translation>El coordinador habla la versión %1 del protocolo; este nodo, la %2.</translation>
    </message>
    <message>
        <source>A node does not take %1 messages.</source>
        <translation>Un nodo no acepta mensajes %1.</translation>
    </message>
    <message>
        <source>This connection already has a stage.</source>
        <translation>Esta conexión ya tiene una etapa.</translation>
    </message>
    <message>
        <source>The model&apos;s config.json does not parse: %1</source>
        <translation>No se puede analizar el config.json del modelo: %1</translation>
    </message>
    <message>
        <source>Layers %1-%2 are not a range of this model&apos;s %3 layers.</source>
        <translation>Las capas %1-%2 no son un rango de las %3 capas de este modelo.</translation>
    </message>
    <message>
        <source>Unknown compute dtype &apos;%1&apos;.</source>
        <translation>Tipo de dato de cálculo desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 is not a tensor of these layers</source>
        <translation>%1 no es un tensor de estas capas</translation>
    </message>
    <message>
        <source>%1 has the wrong shape</source>
        <translation>%1 tiene una forma incorrecta</translation>
    </message>
    <message>
        <source>%1 has the unsupported dtype %2</source>
        <translation>%1 tiene el dtype no admitido %2</translation>
    </message>
    <message>
        <source>%1 has no SHA-256</source>
        <translation>%1 no tiene SHA-256</translation>
    </message>
    <message>
        <source>%1 has the wrong byte size</source>
        <translation>%1 tiene un tamaño en bytes incorrecto</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 figura dos veces</translation>
    </message>
    <message>
        <source>%1 of the %2 tensors of these layers are missing</source>
        <translation>Faltan %1 de los %2 tensores de estas capas</translation>
    </message>
    <message>
        <source>The manifest of layers %1-%2 does not match the model: %3</source>
        <translation>El manifiesto de las capas %1-%2 no coincide con el modelo: %3</translation>
    </message>
    <message>
        <source>Layers %1-%2 need %3 MB in %4, more than the %5 MB this node offers.</source>
        <translation>Las capas %1-%2 necesitan %3 MB en %4, más que los %5 MB que ofrece este nodo.</translation>
    </message>
    <message>
        <source>Layers %1-%2 need %3 MB in %4; this node offers %5 MB, and its other stages hold %6 MB.</source>
        <translation>Las capas %1-%2 necesitan %3 MB en %4; este nodo ofrece %5 MB y sus otras etapas ocupan %6 MB.</translation>
    </message>
    <message>
        <source>%1 asks for layers %2-%3 of %4 (%5 tensors, %6 bytes; %7 bytes cached)</source>
        <translation>%1 solicita las capas %2-%3 de %4 (%5 tensores, %6 bytes; %7 bytes en caché)</translation>
    </message>
    <message>
        <source>A weight chunk without a stage being loaded.</source>
        <translation>Un bloque de pesos sin ninguna etapa en carga.</translation>
    </message>
    <message>
        <source>A weight chunk before the node said which tensors it holds.</source>
        <translation>Un bloque de pesos antes de que el nodo indicara qué tensores tiene.</translation>
    </message>
    <message>
        <source>A weight chunk for tensor %1 of %2.</source>
        <translation>Un bloque de pesos para el tensor %1 de %2.</translation>
    </message>
    <message>
        <source>%1: tensor %2 did not match its SHA-256; discarded</source>
        <translation>%1: el tensor %2 no coincidió con su SHA-256; se descartó</translation>
    </message>
    <message>
        <source>%1: serving layers %2-%3 (%4 bytes of weights, built in %5 ms)</source>
        <translation>%1: sirviendo las capas %2-%3 (%4 bytes de pesos, construidas en %5 ms)</translation>
    </message>
    <message>
        <source>A Forward before the stage is ready.</source>
        <translation>Un Forward antes de que la etapa esté lista.</translation>
    </message>
    <message>
        <source>A Forward without hidden states.</source>
        <translation>Un Forward sin estados ocultos.</translation>
    </message>
    <message>
        <source>%1: layers %2-%3, %4</source>
        <translation>%1: capas %2-%3, %4</translation>
    </message>
    <message>
        <source>an unknown exception</source>
        <translation>una excepción desconocida</translation>
    </message>
    <message>
        <source>The node failed: %1</source>
        <translation>El nodo falló: %1</translation>
    </message>
    <message>
        <source>This computer has no compute device &apos;%1&apos; (it has: %2).</source>
        <translation>Este equipo no tiene el dispositivo de cálculo &apos;%1&apos; (tiene: %2).</translation>
    </message>
    <message>
        <source>The node failed on a %1 message: %2</source>
        <translation>El nodo falló con un mensaje %1: %2</translation>
    </message>
    <message>
        <source>This node cannot compute on the device &apos;%1&apos; (it has: %2).</source>
        <translation>Este nodo no puede calcular en el dispositivo &apos;%1&apos; (tiene: %2).</translation>
    </message>
    <message>
        <source>A KV cache chunk of %1 positions; this node takes 1 to %2.</source>
        <translation>Un bloque de caché KV de %1 posiciones; este nodo admite de 1 a %2.</translation>
    </message>
    <message>
        <source>Checking LoadStage failed: %1</source>
        <translation>Falló la comprobación de LoadStage: %1</translation>
    </message>
    <message>
        <source>layers %1-%2 in %3 (asked for %4)</source>
        <translation>capas %1-%2 en %3 (se pidió %4)</translation>
    </message>
    <message>
        <source>Checking the weight cache failed: %1</source>
        <translation>Falló la comprobación de la caché de pesos: %1</translation>
    </message>
    <message>
        <source>The stage&apos;s result could not be sent: %1</source>
        <translation>No se pudo enviar el resultado de la etapa: %1</translation>
    </message>
    <message>
        <source>Session %1 was dropped from this node to make room (it keeps at most %2 sessions of one coordinator, and their KV caches within the %3 it offers); start it over from its first token.</source>
        <translation>La sesión %1 se descartó de este nodo para liberar espacio (mantiene como máximo %2 sesiones de un coordinador, y sus cachés KV dentro de los %3 que ofrece); vuelva a empezarla desde su primer token.</translation>
    </message>
    <message>
        <source>Session %1 was dropped from this node to make room (it keeps at most %2 sessions of one coordinator); start it over from its first token.</source>
        <translation>La sesión %1 se descartó de este nodo para liberar espacio (mantiene como máximo %2 sesiones de un coordinador); vuelva a empezarla desde su primer token.</translation>
    </message>
    <message>
        <source>more than %1 sessions of one coordinator</source>
        <translation>más de %1 sesiones de un coordinador</translation>
    </message>
    <message>
        <source>KV caches beyond the %1 offered</source>
        <translation>cachés KV por encima de los %1 ofrecidos</translation>
    </message>
    <message>
        <source>Session %1 needs %2 more KV cache for %3 tokens; this node offers %4 and holds %5.</source>
        <translation>La sesión %1 necesita %2 más de caché KV para %3 tokens; este nodo ofrece %4 y ocupa %5.</translation>
    </message>
    <message>
        <source>%1: dropped session %2 (%3)</source>
        <translation>%1: sesión %2 descartada (%3)</translation>
    </message>
    <message>
        <source>The stage gave no result for this step.</source>
        <translation>La etapa no dio ningún resultado para este paso.</translation>
    </message>
    <message>
        <source>The stage gave no hidden states.</source>
        <translation>La etapa no dio estados ocultos.</translation>
    </message>
    <message>
        <source>A ForwardBatch before the stage is ready.</source>
        <translation>Un ForwardBatch antes de que la etapa esté lista.</translation>
    </message>
</context>
<context>
    <name>mdi::NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
</context>
<context>
    <name>mdi::OllamaRequest</name>
    <message>
        <source>%1.content must be a string</source>
        <translation>%1.content debe ser una cadena</translation>
    </message>
    <message>
        <source>%1.images must be a list of base64 strings</source>
        <translation>%1.images debe ser una lista de cadenas base64</translation>
    </message>
    <message>
        <source>%1.images[%2] must be a base64 string</source>
        <translation>%1.images[%2] debe ser una cadena base64</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>El cuerpo de la solicitud no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling) is not supported</source>
        <translation>&apos;tools&apos; (llamadas a funciones) no es compatible</translation>
    </message>
    <message>
        <source>&apos;messages&apos; must be a list of messages</source>
        <translation>&apos;messages&apos; debe ser una lista de mensajes</translation>
    </message>
    <message>
        <source>%1: tool messages are not supported (no function calling)</source>
        <translation>%1: los mensajes de herramienta no son compatibles (sin llamadas a funciones)</translation>
    </message>
    <message>
        <source>&apos;raw&apos; prompts are not supported: the prompt goes through the model&apos;s chat template</source>
        <translation>los prompts &apos;raw&apos; no son compatibles: el prompt pasa por la plantilla de chat del modelo</translation>
    </message>
    <message>
        <source>&apos;suffix&apos; (fill in the middle) is not supported</source>
        <translation>&apos;suffix&apos; (relleno en medio) no es compatible</translation>
    </message>
    <message>
        <source>&apos;context&apos; is not supported: send the conversation to /api/chat</source>
        <translation>&apos;context&apos; no es compatible: envíe la conversación a /api/chat</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; must be a string</source>
        <translation>&apos;prompt&apos; debe ser una cadena</translation>
    </message>
    <message>
        <source>&apos;options&apos; must be an object</source>
        <translation>&apos;options&apos; debe ser un objeto</translation>
    </message>
    <message>
        <source>options.num_predict must be an integer</source>
        <translation>options.num_predict debe ser un entero</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;json&quot; or a JSON schema</source>
        <translation>&apos;format&apos; debe ser &quot;json&quot; o un esquema JSON</translation>
    </message>
</context>
<context>
    <name>mdi::PairedNodes</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; no es un id de nodo válido.</translation>
    </message>
    <message>
        <source>The key for node %1 has %2 bytes instead of %3.</source>
        <translation>La clave del nodo %1 tiene %2 bytes en lugar de %3.</translation>
    </message>
</context>
<context>
    <name>mdi::PairingCheck</name>
    <message>
        <source>%1 accepted the pairing code but did not say who it is within %2 s.</source>
        <translation>%1 aceptó el código de emparejamiento, pero no dijo quién es en %2 s.</translation>
    </message>
    <message>
        <source>%1 answered Hello with a bad message: %2</source>
        <translation>%1 respondió a Hello con un mensaje incorrecto: %2</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 lo rechazó: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 cerró la conexión.</translation>
    </message>
    <message>
        <source>The pairing code is wrong: %1 refused the key made from it. Use the code that mdi-node shows there now (it changes when the node is given a new one).</source>
        <translation>El código de emparejamiento es incorrecto: %1 rechazó la clave generada a partir de él. Use el código que muestra ahora mdi-node allí (cambia cuando se le da uno nuevo al nodo).</translation>
    </message>
    <message>
        <source>%1 named itself &apos;%2&apos; in the handshake but &apos;%3&apos; in its HelloAck.</source>
        <translation>%1 se identificó como &apos;%2&apos; en la negociación, pero como &apos;%3&apos; en su HelloAck.</translation>
    </message>
</context>
<context>
    <name>mdi::PairingKey</name>
    <message>
        <source>&apos;%1&apos; is not a pairing code: it may only contain digits and the letters A-Z without U.</source>
        <translation>&apos;%1&apos; no es un código de emparejamiento: solo puede contener dígitos y las letras A-Z excepto la U.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pairing code: a code has %2 characters, as in 7KQ4M-2XH9D.</source>
        <translation>&apos;%1&apos; no es un código de emparejamiento: un código tiene %2 caracteres, como 7KQ4M-2XH9D.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; no es un id de nodo válido.</translation>
    </message>
</context>
<context>
    <name>mdi::PdfChip</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>of %1, reading…</source>
        <translation>de %1, leyendo…</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>pages %1 to %2 of %3</source>
        <translation>páginas %1 a %2 de %3</translation>
    </message>
    <message>
        <source>Attached PDF %1, %2</source>
        <translation>PDF adjunto %1, %2</translation>
    </message>
    <message>
        <source>%1
Each page goes to the model as an image: %2</source>
        <translation>%1
Cada página llega al modelo como imagen: %2</translation>
    </message>
    <message>
        <source>Remove this PDF</source>
        <translation>Quitar este PDF</translation>
    </message>
    <message>
        <source>Remove PDF %1</source>
        <translation>Quitar el PDF %1</translation>
    </message>
</context>
<context>
    <name>mdi::PdfPages</name>
    <message>
        <source>PDF support was not built in: this copy of MDI Chat was built without poppler-qt6. Attach the pages as images instead (a screenshot or an export from a PDF viewer).</source>
        <translation>La compatibilidad con PDF no está incluida: esta copia de MDI Chat se compiló sin poppler-qt6. Adjunte las páginas como imágenes (una captura de pantalla o una exportación desde un visor de PDF).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; larger PDFs are not accepted</source>
        <translation>%1 ocupa más de %2 MB; no se aceptan PDF más grandes</translation>
    </message>
    <message>
        <source>PDF from a data: URL</source>
        <translation>PDF de una URL data:</translation>
    </message>
    <message>
        <source>%1: malformed data: URL (data:application/pdf;base64,...)</source>
        <translation>%1: URL data: mal formada (data:application/pdf;base64,...)</translation>
    </message>
    <message>
        <source>%1: only base64-encoded data: URLs are supported</source>
        <translation>%1: solo se admiten URL data: codificadas en base64</translation>
    </message>
    <message>
        <source>%1: it holds over %2 MB; larger PDFs are not accepted</source>
        <translation>%1: contiene más de %2 MB; no se aceptan PDF más grandes</translation>
    </message>
    <message>
        <source>%1: malformed data: URL: the base64 data is invalid</source>
        <translation>%1: URL data: mal formada: los datos base64 no son válidos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF file</source>
        <translation>%1 no es un archivo PDF</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF: the file is damaged</source>
        <translation>%1 no se puede leer como PDF: el archivo está dañado</translation>
    </message>
    <message>
        <source>%1 is protected by a password; save a copy without the password and attach that</source>
        <translation>%1 está protegido con contraseña; guarde una copia sin contraseña y adjunte esa</translation>
    </message>
    <message>
        <source>%1 has no pages</source>
        <translation>%1 no tiene páginas</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); there is no page %2</source>
        <translation>
            <numerusform>%1 tiene %n página; no hay página %2</numerusform>
            <numerusform>%1 tiene %n páginas; no hay página %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: page %2 has no size and cannot be shown</source>
        <translation>%1: la página %2 no tiene tamaño y no se puede mostrar</translation>
    </message>
    <message>
        <source>%1: page %2 could not be drawn (the file may be damaged)</source>
        <translation>%1: no se pudo dibujar la página %2 (puede que el archivo esté dañado)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); pages %2 to %3 cannot be taken</source>
        <translation>
            <numerusform>%1 tiene %n página; no se pueden tomar las páginas %2 a %3</numerusform>
            <numerusform>%1 tiene %n páginas; no se pueden tomar las páginas %2 a %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 pages are more than one message takes (at most %3); choose fewer pages</source>
        <translation>%1: %2 páginas son más de las que admite un mensaje (como máximo %3); elija menos páginas</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); with the pages before it that is more than %2, the most one request takes</source>
        <translation>
            <numerusform>%1 tiene %n página; con las páginas anteriores son más de %2, el máximo de una solicitud</numerusform>
            <numerusform>%1 tiene %n páginas; con las páginas anteriores son más de %2, el máximo de una solicitud</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PeerConnection</name>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>No se pudo conectar con %1 en %2 s.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the node is not paired with this computer.</source>
        <translation>No se puede conectar con %1: el nodo no está emparejado con este equipo.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 cerró la conexión.</translation>
    </message>
    <message>
        <source>The node at %1 is &apos;%2&apos;, not the paired node &apos;%3&apos;.</source>
        <translation>El nodo de %1 es &apos;%2&apos;, no el nodo emparejado &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Cannot pair with %1: %2</source>
        <translation>No se puede emparejar con %1: %2</translation>
    </message>
    <message>
        <source>The node at %1 (&apos;%2&apos;) is not paired with this computer.</source>
        <translation>El nodo de %1 (&apos;%2&apos;) no está emparejado con este equipo.</translation>
    </message>
    <message>
        <source>%1 speaks protocol version %2 (this program speaks version %3) and refused the connection: %4</source>
        <translation>%1 habla la versión %2 del protocolo (este programa habla la versión %3) y rechazó la conexión: %4</translation>
    </message>
    <message>
        <source>%1 sent an invalid frame: %2</source>
        <translation>%1 envió una trama no válida: %2</translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>Conexión de %1 rechazada: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: the pairing code is wrong or the node has a new one (%2).</source>
        <translation>La negociación TLS con %1 falló: el código de emparejamiento es incorrecto o el nodo tiene uno nuevo (%2).</translation>
    </message>
    <message>
        <source>%1 refused the connection: is mdi-node running there?</source>
        <translation>%1 rechazó la conexión: ¿se está ejecutando mdi-node allí?</translation>
    </message>
    <message>
        <source>The host of %1 was not found.</source>
        <translation>No se encontró el host de %1.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (wrong pairing code?).</source>
        <translation>%1 cerró la conexión durante la negociación TLS (¿código de emparejamiento incorrecto?).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La conexión con %1 falló: %2</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing arrived for %2 s.</source>
        <translation>%1 dejó de responder: no llegó nada durante %2 s.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>No hay conexión con %1.</translation>
    </message>
    <message>
        <source>%1 closed the connection before checking the pairing code: the node is busy with other connections, or it pauses this computer after failed pairing attempts. Try again in a minute.</source>
        <translation>%1 cerró la conexión antes de comprobar el código de emparejamiento: el nodo está ocupado con otras conexiones, o bloquea temporalmente este equipo tras intentos de emparejamiento fallidos. Inténtelo de nuevo dentro de un minuto.</translation>
    </message>
</context>
<context>
    <name>mdi::PeerList</name>
    <message>
        <source>&apos;%1&apos; is not a host name or address with an optional port, such as 192.168.1.20:%2.</source>
        <translation>&apos;%1&apos; no es un nombre de host ni una dirección con un puerto opcional, como 192.168.1.20:%2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid port.</source>
        <translation>&apos;%1&apos; no tiene un puerto válido.</translation>
    </message>
</context>
<context>
    <name>mdi::PeerPlacement</name>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT with a port from 1 to 65535.</source>
        <translation>&apos;%1&apos; no es HOST:PORT con un puerto de 1 a 65535.</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) need at least %n stage(s); the plan has %1.</source>
        <translation>
            <numerusform>%n par necesita al menos %n etapa; el plan tiene %1.</numerusform>
            <numerusform>%n pares necesitan al menos %n etapas; el plan tiene %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PeerRoster</name>
    <message>
        <source>%1 was not added by hand, so it cannot be removed.</source>
        <translation>%1 no se añadió a mano, así que no se puede quitar.</translation>
    </message>
    <message>
        <source>Choose the peer to pair with in the list.</source>
        <translation>Elija en la lista el par con el que emparejarse.</translation>
    </message>
    <message>
        <source>Cannot pair with %1: it is not in the list of peers.</source>
        <translation>No se puede emparejar con %1: no está en la lista de pares.</translation>
    </message>
    <message>
        <source>Not paired with %1: the code for another peer is still being checked.</source>
        <translation>No emparejado con %1: todavía se está comprobando el código de otro par.</translation>
    </message>
    <message>
        <source>Not paired with %1: %2</source>
        <translation>No emparejado con %1: %2</translation>
    </message>
    <message>
        <source>Paired with %1. Apply and reload to run layers there.</source>
        <translation>Emparejado con %1. Aplique y recargue para ejecutar capas allí.</translation>
    </message>
    <message>
        <source>%1 is not paired.</source>
        <translation>%1 no está emparejado.</translation>
    </message>
    <message>
        <source>%1 (another protocol version)</source>
        <translation>%1 (otra versión del protocolo)</translation>
    </message>
    <message>
        <source>A beacon placed %1 at %2, but no handshake with its key succeeded there, so it is still used at its old address: %3</source>
        <translation>Una baliza situó %1 en %2, pero allí no tuvo éxito ninguna negociación con su clave, así que se sigue usando en su dirección anterior: %3</translation>
    </message>
    <message>
        <source>%1 moved to %2 (verified by a handshake with its key).</source>
        <translation>%1 se trasladó a %2 (verificado mediante una negociación con su clave).</translation>
    </message>
</context>
<context>
    <name>mdi::PeerServer</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; no es un id de nodo válido.</translation>
    </message>
    <message>
        <source>The node has no pairing key.</source>
        <translation>El nodo no tiene clave de emparejamiento.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <source>The node stopped serving.</source>
        <translation>El nodo dejó de dar servicio.</translation>
    </message>
    <message>
        <source>too many handshakes in progress</source>
        <translation>demasiadas negociaciones en curso</translation>
    </message>
    <message>
        <source>TLS handshake failed (a wrong pairing code, or not TLS): %1</source>
        <translation>la negociación TLS falló (código de emparejamiento incorrecto o no es TLS): %1</translation>
    </message>
    <message>
        <source>closed during the TLS handshake</source>
        <translation>cerrada durante la negociación TLS</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation>no hubo negociación TLS en %1 s</translation>
    </message>
    <message numerus="yes">
        <source>This node already serves %n connection(s).</source>
        <translation>
            <numerusform>Este nodo ya atiende %n conexión.</numerusform>
            <numerusform>Este nodo ya atiende %n conexiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed pairing attempt(s) in a row from this address; it is refused for another %1 s</source>
        <translation>
            <numerusform>%n intento de emparejamiento fallido seguido desde esta dirección; se rechaza durante %1 s más</numerusform>
            <numerusform>%n intentos de emparejamiento fallidos seguidos desde esta dirección; se rechaza durante %1 s más</numerusform>
        </translation>
    </message>
    <message>
        <source>closed before sending anything</source>
        <translation>cerrada antes de enviar nada</translation>
    </message>
    <message>
        <source>nothing received within %1 s</source>
        <translation>no se recibió nada en %1 s</translation>
    </message>
    <message>
        <source>too many handshakes in progress from %1</source>
        <translation>demasiadas negociaciones en curso desde %1</translation>
    </message>
    <message>
        <source>sent nothing; its slot went to a newer connection</source>
        <translation>no envió nada; su hueco pasó a una conexión más reciente</translation>
    </message>
</context>
<context>
    <name>mdi::PeersPanel</name>
    <message>
        <source>Added %1. Enter the pairing code that mdi-node shows there to pair with it.</source>
        <translation>Se añadió %1. Introduzca el código de emparejamiento que muestra mdi-node allí para emparejarse con él.</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Peers on the network</source>
        <translation>Pares en la red</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>Memoria libre</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Computers running mdi-node. Tick a paired peer to let it run layers of the model.</source>
        <translation>Equipos que ejecutan mdi-node. Marque un par emparejado para que ejecute capas del modelo.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Peer address (host:port)</source>
        <translation>Dirección del par (host:puerto)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Añad&amp;ir</translation>
    </message>
    <message>
        <source>Add a peer by its address, for networks where it is not found on its own</source>
        <translation>Añadir un par por su dirección, para redes en las que no se encuentra por sí solo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the peer added by hand</source>
        <translation>Quitar el par añadido a mano</translation>
    </message>
    <message>
        <source>Pairing c&amp;ode:</source>
        <translation>Código de e&amp;mparejamiento:</translation>
    </message>
    <message>
        <source>Pairing code of the selected peer</source>
        <translation>Código de emparejamiento del par seleccionado</translation>
    </message>
    <message>
        <source>The code mdi-node prints when it starts. It is checked with the peer and not kept.</source>
        <translation>El código que imprime mdi-node al iniciarse. Se comprueba con el par y no se guarda.</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>Em&amp;parejar</translation>
    </message>
    <message>
        <source>Forget Pairin&amp;g</source>
        <translation>Olvidar empare&amp;jamiento</translation>
    </message>
    <message>
        <source>Layer placement</source>
        <translation>Ubicación de las capas</translation>
    </message>
    <message>
        <source>P&amp;lacement:</source>
        <translation>U&amp;bicación:</translation>
    </message>
    <message>
        <source>Automatic (planner)</source>
        <translation>Automática (planificador)</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Solo este equipo</translation>
    </message>
    <message>
        <source>Automatic splits the layers between this computer and the peers in use by their speed and free memory.</source>
        <translation>La opción automática reparte las capas entre este equipo y los pares en uso según su velocidad y su memoria libre.</translation>
    </message>
    <message>
        <source>Appl&amp;y and Reload</source>
        <translation>Aplicar y &amp;recargar</translation>
    </message>
    <message>
        <source>Reload the model with this placement and the peers in use</source>
        <translation>Volver a cargar el modelo con esta ubicación y los pares en uso</translation>
    </message>
    <message>
        <source>Looking for peers on the local network. Start mdi-node on another computer, or add one by its address.</source>
        <translation>Buscando pares en la red local. Inicie mdi-node en otro equipo o añada uno por su dirección.</translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation>El descubrimiento está desactivado: %1</translation>
    </message>
    <message>
        <source>Discovery is off. Add peers by their address.</source>
        <translation>El descubrimiento está desactivado. Añada pares por su dirección.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se quitó %1.</translation>
    </message>
    <message>
        <source>Checking the code with %1…</source>
        <translation>Comprobando el código con %1…</translation>
    </message>
    <message>
        <source>Forgot the pairing with %1. Its code is needed to pair again.</source>
        <translation>Se olvidó el emparejamiento con %1. Se necesita su código para volver a emparejarse.</translation>
    </message>
    <message>
        <source>%1 will run layers after Apply and Reload.</source>
        <translation>%1 ejecutará capas después de Aplicar y recargar.</translation>
    </message>
    <message>
        <source>%1 will not be used after Apply and Reload.</source>
        <translation>%1 no se usará después de Aplicar y recargar.</translation>
    </message>
    <message>
        <source>%1
node id %2</source>
        <translation>%1
id de nodo %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medida</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>not on the network</source>
        <translation>no está en la red</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>añadido a mano</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Emparejado</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>No emparejado</translation>
    </message>
    <message>
        <source>Incompatible (protocol %1)</source>
        <translation>Incompatible (protocolo %1)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Tick the name to run layers of the model on %1.</source>
        <translation>Marque el nombre para ejecutar capas del modelo en %1.</translation>
    </message>
    <message>
        <source>Select it and enter the pairing code that mdi-node shows there.</source>
        <translation>Selecciónelo e introduzca el código de emparejamiento que muestra mdi-node allí.</translation>
    </message>
    <message>
        <source>Paired with %1. Apply and reload to run layers there.</source>
        <translation>Emparejado con %1. Aplique y recargue para ejecutar capas allí.</translation>
    </message>
    <message>
        <source>Last reported: %1</source>
        <translation>Último valor indicado: %1</translation>
    </message>
    <message>
        <source>Paired, away</source>
        <translation>Emparejado, ausente</translation>
    </message>
</context>
<context>
    <name>mdi::Pipeline</name>
    <message>
        <source>The plan places layers %1-%2 on &apos;%3&apos;, which is neither this computer nor a known peer.</source>
        <translation>El plan ubica las capas %1-%2 en &apos;%3&apos;, que no es este equipo ni un par conocido.</translation>
    </message>
    <message>
        <source>Loading the model failed: %1</source>
        <translation>Error al cargar el modelo: %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3), and loading them here failed: %4</source>
        <translation>Se perdió el par que ejecutaba las capas %1-%2 (%3), y no se pudieron cargar aquí: %4</translation>
    </message>
    <message>
        <source>Other peers could not take them: %1</source>
        <translation>Otros pares no pudieron asumirlas: %1</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3); they now run on %4 and the answers in progress continue.</source>
        <translation>Se perdió el par que ejecutaba las capas %1-%2 (%3); ahora se ejecutan en %4 y las respuestas en curso continúan.</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3); they now run on this computer and the answers in progress continue.</source>
        <translation>Se perdió el par que ejecutaba las capas %1-%2 (%3); ahora se ejecutan en este equipo y las respuestas en curso continúan.</translation>
    </message>
    <message>
        <source>The model was unloaded before the answer finished.</source>
        <translation>El modelo se descargó de la memoria antes de que terminara la respuesta.</translation>
    </message>
    <message>
        <source>The conversation was closed before the answer finished.</source>
        <translation>La conversación se cerró antes de que terminara la respuesta.</translation>
    </message>
    <message>
        <source>This conversation is still answering; stop it first.</source>
        <translation>Esta conversación todavía está respondiendo; deténgala primero.</translation>
    </message>
</context>
<context>
    <name>mdi::PlacementAssembly</name>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>The layers cannot be placed: %1</source>
        <translation>No se pueden ubicar las capas: %1</translation>
    </message>
</context>
<context>
    <name>mdi::Plan</name>
    <message>
        <source>The layer plan is empty: write ranges such as 0-%1,%1-%2 (first layer, then the layer after the last).</source>
        <translation>El plan de capas está vacío: escriba rangos como 0-%1,%1-%2 (la primera capa y después la capa siguiente a la última).</translation>
    </message>
    <message>
        <source>The layer plan &apos;%2&apos; is not a range such as 0-%1 (first layer, then the layer after the last), nor a list of them such as 0-%3,%3-%1.</source>
        <translation>El plan de capas &apos;%2&apos; no es un rango como 0-%1 (la primera capa y después la capa siguiente a la última) ni una lista de rangos como 0-%3,%3-%1.</translation>
    </message>
    <message>
        <source>&apos;%2&apos; in the layer plan &apos;%3&apos; is not a range such as 0-%1 (first layer, then the layer after the last).</source>
        <translation>&apos;%2&apos; en el plan de capas &apos;%3&apos; no es un rango como 0-%1 (la primera capa y después la capa siguiente a la última).</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan is out of range: the model has %2 decoder layers (0-%2).</source>
        <translation>El rango %1 del plan de capas está fuera de los límites: el modelo tiene %2 capas de decodificador (0-%2).</translation>
    </message>
    <message>
        <source>The model has no decoder layers to place.</source>
        <translation>El modelo no tiene capas de decodificador que ubicar.</translation>
    </message>
    <message>
        <source>The layer plan has no stages: the model&apos;s %1 decoder layers must be placed.</source>
        <translation>El plan de capas no tiene etapas: hay que ubicar las %1 capas de decodificador del modelo.</translation>
    </message>
    <message>
        <source>The ranges of the layer plan are out of order: %1 comes after %2; list them in ring order, each starting where the previous one ends.</source>
        <translation>Los rangos del plan de capas están desordenados: %1 va después de %2; enumérelos en orden de anillo, cada uno empezando donde termina el anterior.</translation>
    </message>
    <message>
        <source>Stage %1 (layers %2) of the layer plan has no host.</source>
        <translation>La etapa %1 (capas %2) del plan de capas no tiene host.</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan ends before it starts: write the first layer, then the layer after the last (%2).</source>
        <translation>El rango %1 del plan de capas termina antes de empezar: escriba la primera capa y después la capa siguiente a la última (%2).</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan holds no layers: the second number is the layer after the last (%2 for layer %3 alone).</source>
        <translation>El rango %1 del plan de capas no contiene capas: el segundo número es la capa siguiente a la última (%2 para la capa %3 sola).</translation>
    </message>
    <message>
        <source>%1 in no stage: the first range must start at 0.</source>
        <translation>%1 fuera de todas las etapas: el primer rango debe empezar en 0.</translation>
    </message>
    <message>
        <source>%1 in no stage: %2 is followed by %3; each range must start where the previous one ends.</source>
        <translation>%1 fuera de todas las etapas: a %2 le sigue %3; cada rango debe empezar donde termina el anterior.</translation>
    </message>
    <message>
        <source>The ranges %1 and %2 of the layer plan overlap (%3 in both); each range must start where the previous one ends (%4).</source>
        <translation>Los rangos %1 y %2 del plan de capas se solapan (%3 en ambos); cada rango debe empezar donde termina el anterior (%4).</translation>
    </message>
    <message>
        <source>%2 in no stage: the last range must end at %1, the number of decoder layers.</source>
        <translation>%2 fuera de todas las etapas: el último rango debe terminar en %1, el número de capas del decodificador.</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>capa %1</translation>
    </message>
    <message>
        <source>layers %1</source>
        <translation>capas %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Layer %1 is</source>
        <translation>La capa %1 está</translation>
    </message>
    <message>
        <source>Layers %1 to %2 are</source>
        <translation>Las capas %1 a %2 están</translation>
    </message>
</context>
<context>
    <name>mdi::PlanView</name>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de carga</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Se ejecuta en</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Plan: which layers run where</source>
        <translation>Plan: qué capas se ejecutan dónde</translation>
    </message>
    <message>
        <source>The decoder layers of each stage and where they run. This computer always runs the vision tower, the embedding and the head.</source>
        <translation>Las capas del decodificador de cada etapa y dónde se ejecutan. Este equipo siempre ejecuta la torre de visión, el embedding y la cabeza.</translation>
    </message>
    <message>
        <source>Token rows the stage computes per second of work, since the model was loaded</source>
        <translation>Filas de tokens que la etapa calcula por segundo de trabajo desde que se cargó el modelo</translation>
    </message>
    <message>
        <source>Weights and key/value caches the stage holds</source>
        <translation>Pesos y cachés de claves/valores que contiene la etapa</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Layers %1</source>
        <translation>Capas %1</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>Loading: the peers receive the weights of their layers (those they do not have cached yet)…</source>
        <translation>Cargando: los pares reciben los pesos de sus capas (los que aún no tienen en caché)…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Every layer runs on this computer.</source>
        <translation>Todas las capas se ejecutan en este equipo.</translation>
    </message>
    <message>
        <source>Weights sent to peers while loading: %1</source>
        <translation>Pesos enviados a los pares durante la carga: %1</translation>
    </message>
    <message>
        <source>No weights were sent while loading: the peers had them cached.</source>
        <translation>No se enviaron pesos durante la carga: los pares los tenían en caché.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>Not used (not found on the network): %1</source>
        <translation>Sin usar (no se encontraron en la red): %1</translation>
    </message>
</context>
<context>
    <name>mdi::Planner</name>
    <message>
        <source>The model has no decoder layers to place.</source>
        <translation>El modelo no tiene capas de decodificador que ubicar.</translation>
    </message>
    <message>
        <source>There is no computer to run the model on.</source>
        <translation>No hay ningún equipo en el que ejecutar el modelo.</translation>
    </message>
    <message>
        <source>Cannot plan for a context of %1 tokens and %2 sessions: both must be at least 1.</source>
        <translation>No se puede planificar para un contexto de %1 tokens y %2 sesiones: ambos deben ser al menos 1.</translation>
    </message>
    <message>
        <source>The host &apos;%1&apos; has no id.</source>
        <translation>El host &apos;%1&apos; no tiene id.</translation>
    </message>
    <message>
        <source>Two hosts have the id &apos;%1&apos;.</source>
        <translation>Dos hosts tienen el id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Only one host can hold the embedding and head, but %1 and %2 both claim to.</source>
        <translation>Solo un host puede contener el embedding y la cabeza, pero tanto %1 como %2 lo reclaman.</translation>
    </message>
    <message>
        <source>No speed is known for %1, but it must run the model&apos;s embedding and head.</source>
        <translation>No se conoce la velocidad de %1, pero debe ejecutar el embedding y la cabeza del modelo.</translation>
    </message>
    <message>
        <source>The model&apos;s embedding, vision tower and head need %2 in %3 on %1, plus %4 kept free, but it has only %5 free.</source>
        <translation>El embedding, la torre de visión y la cabeza del modelo necesitan %2 en %3 en %1, más %4 que deben quedar libres, pero solo hay %5 libres.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2, no speed measured</source>
        <translation>%1 %2, sin velocidad medida</translation>
    </message>
    <message>
        <source>The model needs %3 in %4: %5 for its %1 decoder layers (weights and the key/value cache for %2 tokens)</source>
        <translation>El modelo necesita %3 en %4: %5 para sus %1 capas de decodificador (pesos y la caché de claves/valores para %2 tokens)</translation>
    </message>
    <message>
        <source>, %1 on %2 for the embedding, vision tower and head</source>
        <translation>, %1 en %2 para el embedding, la torre de visión y la cabeza</translation>
    </message>
    <message>
        <source>, and %1 kept free on each host. The hosts have %4 free (%5): room for only %2 of the %3 layers.</source>
        <translation>, y %1 que deben quedar libres en cada host. Los hosts tienen %4 libres (%5): solo caben %2 de las %3 capas.</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;</source>
        <translation>nodo &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>mdi::PortalScreenshot</name>
    <message>
        <source>The screen cannot be captured: there is no D-Bus session (the desktop portal answers there).</source>
        <translation>No se puede capturar la pantalla: no hay sesión de D-Bus (el portal del escritorio responde allí).</translation>
    </message>
    <message>
        <source>The desktop portal refused the screenshot: %1</source>
        <translation>El portal del escritorio rechazó la captura: %1</translation>
    </message>
    <message>
        <source>Capturing the screen on Wayland needs the desktop portal, and this copy of MDI Chat was built without D-Bus support. Take a screenshot with your desktop&apos;s tool and paste it (Ctrl+V).</source>
        <translation>Capturar la pantalla en Wayland requiere el portal del escritorio, y esta copia de MDI Chat se compiló sin D-Bus. Haga una captura con la herramienta de su escritorio y péguela (Ctrl+V).</translation>
    </message>
    <message>
        <source>The desktop portal could not take the screenshot.</source>
        <translation>El portal del escritorio no pudo hacer la captura.</translation>
    </message>
    <message>
        <source>The screenshot the portal wrote (%1) cannot be read.</source>
        <translation>No se puede leer la captura que escribió el portal (%1).</translation>
    </message>
</context>
<context>
    <name>mdi::PrecisionChoice</name>
    <message>
        <source>%1 as requested.</source>
        <translation>%1, según lo solicitado.</translation>
    </message>
    <message>
        <source>%1: the checkpoint&apos;s own precision (best quality).</source>
        <translation>%1: la precisión propia del checkpoint (máxima calidad).</translation>
    </message>
    <message>
        <source>Automatic: bf16 on %1.</source>
        <translation>Automático: bf16 en %1.</translation>
    </message>
    <message>
        <source>Automatic: 8-bit language model (decoding reads every weight once per token, so fewer bytes are faster), %1 vision tower (best quality); %2 kernels on this CPU.</source>
        <translation>Automático: modelo de lenguaje en 8-bit (la decodificación lee cada peso una vez por token, así que menos bytes es más rápido), torre de visión en %1 (máxima calidad); kernels %2 en esta CPU.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a precision; %2</source>
        <translation>&apos;%1&apos; no es una precisión; %2</translation>
    </message>
</context>
<context>
    <name>mdi::PromptPlanner</name>
    <message numerus="yes">
        <source>The prompt needs %1 tokens (%2 of them for %n image(s)), but the model&apos;s context holds %3. Use fewer or smaller images (lower the maximum image size) or a shorter conversation.</source>
        <translation>
            <numerusform>El prompt necesita %1 tokens (%2 de ellos para %n imagen), pero el contexto del modelo admite %3. Use menos imágenes o imágenes más pequeñas (reduzca el tamaño máximo de imagen) o una conversación más corta.</numerusform>
            <numerusform>El prompt necesita %1 tokens (%2 de ellos para %n imágenes), pero el contexto del modelo admite %3. Use menos imágenes o imágenes más pequeñas (reduzca el tamaño máximo de imagen) o una conversación más corta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The prompt contains a video token (&lt;|video_pad|&gt;); video input is not supported.</source>
        <translation>El prompt contiene un token de vídeo (&lt;|video_pad|&gt;); la entrada de vídeo no se admite.</translation>
    </message>
</context>
<context>
    <name>mdi::PskTls</name>
    <message>
        <source>TLS is not available (Qt&apos;s TLS backend &apos;%1&apos; did not load %2), so peers cannot be reached.</source>
        <translation>TLS no está disponible (el backend TLS &apos;%1&apos; de Qt no cargó %2), por lo que no se puede acceder a los pares.</translation>
    </message>
    <message>
        <source>The TLS backend &apos;%1&apos; does not support pre-shared keys, which peers use; Qt&apos;s OpenSSL backend does.</source>
        <translation>El backend TLS &apos;%1&apos; no admite claves precompartidas, que usan los pares; el backend OpenSSL de Qt sí las admite.</translation>
    </message>
    <message>
        <source>The TLS backend &apos;%1&apos; (%2) offers none of the TLS-PSK cipher suites peers use (%3).</source>
        <translation>El backend TLS &apos;%1&apos; (%2) no ofrece ninguno de los conjuntos de cifrado TLS-PSK que usan los pares (%3).</translation>
    </message>
</context>
<context>
    <name>mdi::Qwen2VLModel</name>
    <message>
        <source>Nothing to process: the prompt has no tokens.</source>
        <translation>Nada que procesar: el prompt no tiene tokens.</translation>
    </message>
    <message>
        <source>Image %1 has %2 pixel values; its %3x%4 patch grid needs %5.</source>
        <translation>La imagen %1 tiene %2 valores de píxel; su cuadrícula de parches de %3x%4 necesita %5.</translation>
    </message>
    <message>
        <source>Prefill failed: %1</source>
        <translation>Error en el prellenado: %1</translation>
    </message>
    <message>
        <source>Decoding failed: %1</source>
        <translation>Error en la decodificación: %1</translation>
    </message>
    <message>
        <source>Cannot keep %1 tokens: the cache holds %2.</source>
        <translation>No se pueden conservar %1 tokens: la caché contiene %2.</translation>
    </message>
</context>
<context>
    <name>mdi::RandomCheckpointWriter</name>
    <message>
        <source>Random checkpoints are written in BF16 or F32, not %1.</source>
        <translation>Los checkpoints aleatorios se escriben en BF16 o F32, no en %1.</translation>
    </message>
    <message>
        <source>The shard size must be positive.</source>
        <translation>El tamaño de fragmento debe ser positivo.</translation>
    </message>
    <message>
        <source>%1 has no tokenizer.json to copy.</source>
        <translation>%1 no tiene ningún tokenizer.json que copiar.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new folder or allow overwriting.</source>
        <translation>%1 no está vacía; elija una carpeta nueva o permita sobrescribir.</translation>
    </message>
    <message>
        <source>%1 needs %2 MB of free space; %3 MB are available.</source>
        <translation>%1 necesita %2 MB de espacio libre; hay %3 MB disponibles.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>No se puede copiar %1 en %2.</translation>
    </message>
    <message>
        <source>The written checkpoint does not validate: %1</source>
        <translation>El checkpoint escrito no supera la validación: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
</context>
<context>
    <name>mdi::Reader</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; at most %3 are allowed</source>
        <translation>&quot;%1&quot; tiene %2 caracteres; se permiten como máximo %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; debe ser una matriz</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 entries; at most %3 are allowed</source>
        <translation>&quot;%1&quot; tiene %2 entradas; se permiten como máximo %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 time such as 2024-05-01T12:00:00.000Z; got &quot;%2&quot;</source>
        <translation>&quot;%1&quot; debe ser una hora ISO 8601 como 2024-05-01T12:00:00.000Z; se recibió &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>mdi::RegionSelector</name>
    <message>
        <source>Screen region selection</source>
        <translation>Selección de una zona de la pantalla</translation>
    </message>
    <message>
        <source>Drag over the part of the screen to attach; Esc cancels.</source>
        <translation>Arrastre sobre la parte de la pantalla que quiere adjuntar; Esc cancela.</translation>
    </message>
    <message>
        <source>Drag over the part of the screen to attach. Esc cancels.</source>
        <translation>Arrastre sobre la parte de la pantalla que quiere adjuntar. Esc cancela.</translation>
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
        <translation>%1 respondió a Hello con un mensaje incorrecto: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: layers %2-%3</source>
        <translation>%1: capas %2-%3</translation>
    </message>
    <message>
        <source>%1 sent a bad answer to LoadStage.</source>
        <translation>%1 envió una respuesta incorrecta a LoadStage.</translation>
    </message>
    <message>
        <source>%1 sent a bad WeightAck: %2</source>
        <translation>%1 envió un WeightAck incorrecto: %2</translation>
    </message>
    <message>
        <source>%1 received tensor %2 damaged (SHA-256 mismatch).</source>
        <translation>%1 recibió el tensor %2 dañado (el SHA-256 no coincide).</translation>
    </message>
    <message>
        <source>%1 sent a bad StageReady: %2</source>
        <translation>%1 envió un StageReady incorrecto: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an unreadable error</source>
        <translation>un error ilegible</translation>
    </message>
    <message>
        <source>%1 refused the stage: %2</source>
        <translation>%1 rechazó la etapa: %2</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>la conexión se cerró</translation>
    </message>
    <message>
        <source>Lost the peer %1: %2</source>
        <translation>Se perdió el par %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The checkpoint has no tensor %1.</source>
        <translation>El checkpoint no tiene el tensor %1.</translation>
    </message>
    <message>
        <source>Loading layers %1-%2 on %3 was cancelled.</source>
        <translation>Se canceló la carga de las capas %1-%2 en %3.</translation>
    </message>
    <message>
        <source>answer Hello</source>
        <translation>respondió a Hello</translation>
    </message>
    <message>
        <source>answer LoadStage</source>
        <translation>respondió a LoadStage</translation>
    </message>
    <message>
        <source>sent an unreadable Result (%1)</source>
        <translation>envió un Result ilegible (%1)</translation>
    </message>
    <message>
        <source>answered step %1 of session %2 with step %3 of session %4</source>
        <translation>respondió al paso %1 de la sesión %2 con el paso %3 de la sesión %4</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>envió %1</translation>
    </message>
    <message>
        <source>sent hidden states that could not be read (%1)</source>
        <translation>envió estados ocultos que no se pudieron leer (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>take the weights</source>
        <translation>tomó los pesos</translation>
    </message>
    <message>
        <source>send StageReady</source>
        <translation>envió StageReady</translation>
    </message>
    <message>
        <source>did not %1 in time (layers %2-%3)</source>
        <translation>no %1 a tiempo (capas %2-%3)</translation>
    </message>
    <message>
        <source>did not answer a Forward (%1 tokens) within %2 s</source>
        <translation>no respondió a un Forward (%1 tokens) en %2 s</translation>
    </message>
    <message>
        <source>did not answer a DropSession within %1 s</source>
        <translation>no respondió a un DropSession en %1 s</translation>
    </message>
    <message>
        <source>answered a Forward with a ResultBatch</source>
        <translation>respondió a un Forward con un ResultBatch</translation>
    </message>
    <message>
        <source>sent an unreadable ResultBatch (%1)</source>
        <translation>envió un ResultBatch ilegible (%1)</translation>
    </message>
    <message>
        <source>answered a batch of %1 steps with %2</source>
        <translation>respondió a un lote de %1 pasos con %2</translation>
    </message>
    <message>
        <source>sent %1 rows for a step of session %2 that has %3</source>
        <translation>envió %1 filas para un paso de la sesión %2 que tiene %3</translation>
    </message>
</context>
<context>
    <name>mdi::ResourceLine</name>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
</context>
<context>
    <name>mdi::ResourceSummary</name>
    <message>
        <source>on this computer</source>
        <translation>en este ordenador</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>all %1 parts on %2</source>
        <translation>las %1 partes en %2</translation>
    </message>
    <message>
        <source>%1 of %2 parts on %3</source>
        <translation>%1 de %2 partes en %3</translation>
    </message>
    <message>
        <source>%1, the rest here</source>
        <translation>%1, el resto aquí</translation>
    </message>
    <message>
        <source>%1 in memory</source>
        <translation>%1 en memoria</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 hilos</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>MDI Chat uses %1 of this computer&apos;s memory.</source>
        <translation>MDI Chat usa %1 de la memoria de este ordenador.</translation>
    </message>
    <message>
        <source>It computes with %1 threads.</source>
        <translation>Calcula con %1 hilos.</translation>
    </message>
    <message>
        <source>The last answer came at %1 tokens a second.</source>
        <translation>La última respuesta llegó a %1 tokens por segundo.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este ordenador</translation>
    </message>
    <message>
        <source>Part %1 of %2 on %3: layers %4–%5, weights %6, conversation memory %7</source>
        <translation>Parte %1 de %2 en %3: capas %4–%5, pesos %6, memoria de conversación %7</translation>
    </message>
    <message>
        <source> (%1 free there)</source>
        <translation> (%1 libres allí)</translation>
    </message>
</context>
<context>
    <name>mdi::ResponsesRequest</name>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 debe ser una cadena</translation>
    </message>
    <message>
        <source>%1: an input_image needs &quot;image_url&quot; with a data: URL (data:image/png;base64,...); uploaded files (file_id) are not supported</source>
        <translation>%1: un input_image necesita &quot;image_url&quot; con una URL data: (data:image/png;base64,...); los archivos subidos (file_id) no son compatibles</translation>
    </message>
    <message>
        <source>%1: content of type &apos;%2&apos; is not supported (input_text, input_image, output_text)</source>
        <translation>%1: el contenido de tipo &apos;%2&apos; no es compatible (input_text, input_image, output_text)</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>El cuerpo de la solicitud no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>&apos;previous_response_id&apos; is not supported: this server keeps no responses; send the whole conversation in &apos;input&apos;</source>
        <translation>&apos;previous_response_id&apos; no es compatible: este servidor no guarda respuestas; envíe toda la conversación en &apos;input&apos;</translation>
    </message>
    <message>
        <source>&apos;conversation&apos; is not supported: this server keeps no conversations; send the whole conversation in &apos;input&apos;</source>
        <translation>&apos;conversation&apos; no es compatible: este servidor no guarda conversaciones; envíe toda la conversación en &apos;input&apos;</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling, built-in tools) is not supported</source>
        <translation>&apos;tools&apos; (llamadas a funciones, herramientas integradas) no es compatible</translation>
    </message>
    <message>
        <source>&apos;background&apos; is not supported: answers are given while the request waits</source>
        <translation>&apos;background&apos; no es compatible: las respuestas se dan mientras la solicitud espera</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; (stored prompt templates) is not supported</source>
        <translation>&apos;prompt&apos; (plantillas de prompt guardadas) no es compatible</translation>
    </message>
    <message>
        <source>&apos;instructions&apos; must be a string</source>
        <translation>&apos;instructions&apos; debe ser una cadena</translation>
    </message>
    <message>
        <source>%1: items of type &apos;%2&apos; are not supported (only messages: this server has no tools or reasoning items)</source>
        <translation>%1: los elementos de tipo &apos;%2&apos; no son compatibles (solo mensajes: este servidor no tiene herramientas ni elementos de razonamiento)</translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of parts</source>
        <translation>%1.content debe ser una cadena o una lista de partes</translation>
    </message>
    <message>
        <source>&apos;input&apos; must be a string or a list of messages</source>
        <translation>&apos;input&apos; debe ser una cadena o una lista de mensajes</translation>
    </message>
    <message>
        <source>&apos;max_output_tokens&apos; must be an integer between 1 and %1</source>
        <translation>&apos;max_output_tokens&apos; debe ser un entero entre 1 y %1</translation>
    </message>
</context>
<context>
    <name>mdi::ResultBatchMessage</name>
    <message>
        <source>a ResultBatch needs at least one entry</source>
        <translation>un ResultBatch necesita al menos una entrada</translation>
    </message>
    <message>
        <source>%1 rows for an entry (%2)</source>
        <translation>%1 filas para una entrada (%2)</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>a failed entry has none</source>
        <translation>una entrada fallida no tiene ninguna</translation>
    </message>
    <message>
        <source>the entries hold more than %1 rows</source>
        <translation>las entradas contienen más de %1 filas</translation>
    </message>
</context>
<context>
    <name>mdi::ResultMessage</name>
    <message>
        <source>a failed Result carries no hidden states</source>
        <translation>un Result fallido no lleva estados ocultos</translation>
    </message>
    <message>
        <source>%1 rows of hidden states for %2 tokens</source>
        <translation>%1 filas de estados ocultos para %2 tokens</translation>
    </message>
    <message>
        <source>hidden states need at least one column</source>
        <translation>los estados ocultos necesitan al menos una columna</translation>
    </message>
</context>
<context>
    <name>mdi::RopeIndex</name>
    <message>
        <source>The prompt contains a video token at position %1; video input is not supported.</source>
        <translation>El prompt contiene un token de vídeo en la posición %1; no se admite la entrada de vídeo.</translation>
    </message>
    <message>
        <source>Image %1 has an invalid patch grid %2x%3x%4 (rows and columns must be positive multiples of %5).</source>
        <translation>La imagen %1 tiene una cuadrícula de parches no válida %2x%3x%4 (las filas y columnas deben ser múltiplos positivos de %5).</translation>
    </message>
    <message>
        <source>Image %1 needs %2 image tokens but the prompt has %3 at position %4.</source>
        <translation>La imagen %1 necesita %2 tokens de imagen, pero el prompt tiene %3 en la posición %4.</translation>
    </message>
    <message numerus="yes">
        <source>The prompt has more image placeholders than the %n image(s) given.</source>
        <translation>
            <numerusform>El prompt tiene más marcadores de imagen que la %n imagen proporcionada.</numerusform>
            <numerusform>El prompt tiene más marcadores de imagen que las %n imágenes proporcionadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were given but the prompt has placeholders for %1.</source>
        <translation>
            <numerusform>Se proporcionó %n imagen, pero el prompt tiene marcadores para %1.</numerusform>
            <numerusform>Se proporcionaron %n imágenes, pero el prompt tiene marcadores para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::SafetensorsFile</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: archivo no encontrado (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: not a safetensors file: %2 bytes is shorter than the 8-byte header length</source>
        <translation>%1: no es un archivo safetensors: %2 bytes no alcanzan para los 8 bytes de la longitud de la cabecera</translation>
    </message>
    <message>
        <source>%1: cannot map the file into memory: %2</source>
        <translation>%1: no se puede asignar el archivo a memoria: %2</translation>
    </message>
    <message>
        <source>%1: header length %2 exceeds the limit of %3 bytes (corrupt file?)</source>
        <translation>%1: la longitud de cabecera %2 supera el límite de %3 bytes (¿archivo dañado?)</translation>
    </message>
    <message>
        <source>%1: header length %2 runs past the end of the file (%3 bytes; truncated?)</source>
        <translation>%1: la longitud de cabecera %2 sobrepasa el final del archivo (%3 bytes; ¿truncado?)</translation>
    </message>
    <message>
        <source>%1: header is not valid JSON (offset %2: %3)</source>
        <translation>%1: la cabecera no es JSON válido (desplazamiento %2: %3)</translation>
    </message>
    <message>
        <source>%1: header is not a JSON object</source>
        <translation>%1: la cabecera no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; appears more than once in the header</source>
        <translation>%1: el tensor &apos;%2&apos; aparece más de una vez en la cabecera</translation>
    </message>
    <message>
        <source>%1: __metadata__ is not an object</source>
        <translation>%1: __metadata__ no es un objeto</translation>
    </message>
    <message>
        <source>%1: entry &apos;%2&apos; is not an object</source>
        <translation>%1: la entrada &apos;%2&apos; no es un objeto</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has unknown dtype &apos;%3&apos;</source>
        <translation>%1: el tensor &apos;%2&apos; tiene un dtype desconocido &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no shape list</source>
        <translation>%1: el tensor &apos;%2&apos; no tiene lista de forma</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has an invalid dimension in its shape</source>
        <translation>%1: el tensor &apos;%2&apos; tiene una dimensión no válida en su forma</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is larger than the file</source>
        <translation>%1: el tensor &apos;%2&apos; es más grande que el archivo</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; needs data_offsets [begin, end]</source>
        <translation>%1: el tensor &apos;%2&apos; necesita data_offsets [begin, end]</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has invalid data_offsets [%3, %4]</source>
        <translation>%1: el tensor &apos;%2&apos; tiene data_offsets no válidos [%3, %4]</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; lies outside the data (ends at byte %3 of %4; truncated file?)</source>
        <translation>%1: el tensor &apos;%2&apos; queda fuera de los datos (termina en el byte %3 de %4; ¿archivo truncado?)</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos;: shape x dtype size is %3 bytes but its byte range holds %4</source>
        <translation>%1: tensor &apos;%2&apos;: el tamaño forma x dtype es de %3 bytes, pero su rango de bytes contiene %4</translation>
    </message>
    <message>
        <source>%1: the byte ranges of tensors &apos;%2&apos; and &apos;%3&apos; overlap</source>
        <translation>%1: los rangos de bytes de los tensores &apos;%2&apos; y &apos;%3&apos; se solapan</translation>
    </message>
</context>
<context>
    <name>mdi::SafetensorsWriter</name>
    <message>
        <source>%1: tensor &apos;%2&apos; declared after writing began</source>
        <translation>%1: el tensor &apos;%2&apos; se declaró después de empezar la escritura</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid tensor name</source>
        <translation>%1: &apos;%2&apos; no es un nombre de tensor válido</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; added twice</source>
        <translation>%1: el tensor &apos;%2&apos; se añadió dos veces</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has a negative dimension</source>
        <translation>%1: el tensor &apos;%2&apos; tiene una dimensión negativa</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is too large</source>
        <translation>%1: el tensor &apos;%2&apos; es demasiado grande</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; needs %3 bytes, %4 were given</source>
        <translation>%1: el tensor &apos;%2&apos; necesita %3 bytes; se proporcionaron %4</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: writing has already begun</source>
        <translation>%1: la escritura ya ha empezado</translation>
    </message>
    <message>
        <source>%1: append() before begin()</source>
        <translation>%1: append() antes de begin()</translation>
    </message>
    <message>
        <source>more tensor data than the header declares (%1 bytes)</source>
        <translation>más datos de tensores de los que declara la cabecera (%1 bytes)</translation>
    </message>
    <message>
        <source>%1: commit() before begin()</source>
        <translation>%1: commit() antes de begin()</translation>
    </message>
    <message>
        <source>%1 of %2 bytes of tensor data were written</source>
        <translation>se escribieron %1 de %2 bytes de datos de tensores</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no data</source>
        <translation>%1: el tensor &apos;%2&apos; no tiene datos</translation>
    </message>
</context>
<context>
    <name>mdi::SamplingPreset</name>
    <message>
        <source>As in Settings</source>
        <translation>Como en Ajustes</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Preciso</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Creativo</translation>
    </message>
    <message>
        <source>The sampling chosen in Settings for every conversation.</source>
        <translation>El muestreo elegido en Ajustes para todas las conversaciones.</translation>
    </message>
    <message>
        <source>The model&apos;s own values: the most likely answer, the same each time (Regenerate still varies it).</source>
        <translation>Los valores propios del modelo: la respuesta más probable, la misma cada vez (Regenerar la varía igualmente).</translation>
    </message>
    <message>
        <source>Some variety, still to the point: the values Qwen recommends for chat.</source>
        <translation>Algo de variedad, sin perder el hilo: los valores que Qwen recomienda para chatear.</translation>
    </message>
    <message>
        <source>More varied and surprising wording; may wander off more often.</source>
        <translation>Redacción más variada y sorprendente; puede desviarse más a menudo.</translation>
    </message>
    <message>
        <source>sampling: the preset &apos;%1&apos; is unknown (precise, balanced or creative)</source>
        <translation>sampling: el ajuste predefinido «%1» es desconocido (precise, balanced o creative)</translation>
    </message>
    <message>
        <source>greedy: always the most likely word</source>
        <translation>voraz: siempre la palabra más probable</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>temperatura %1</translation>
    </message>
    <message>
        <source>top-p %1</source>
        <translation>top-p %1</translation>
    </message>
    <message>
        <source>top-p off</source>
        <translation>top-p desactivado</translation>
    </message>
    <message>
        <source>top-k %1</source>
        <translation>top-k %1</translation>
    </message>
    <message>
        <source>top-k off</source>
        <translation>top-k desactivado</translation>
    </message>
    <message>
        <source>min-p %1</source>
        <translation>min-p %1</translation>
    </message>
    <message>
        <source>%1: in effect always the most likely word</source>
        <translation>%1: en la práctica siempre la palabra más probable</translation>
    </message>
</context>
<context>
    <name>mdi::ScreenCapture</name>
    <message>
        <source>Capture Screen &amp;Region</source>
        <translation>Capturar una &amp;zona de la pantalla</translation>
    </message>
    <message>
        <source>Attach a picture of part of the screen (Ctrl+Shift+S)</source>
        <translation>Adjuntar una imagen de una parte de la pantalla (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>The screen cannot be captured: no screen was found.</source>
        <translation>No se puede capturar la pantalla: no se encontró ninguna pantalla.</translation>
    </message>
    <message>
        <source>The screen could not be captured (the system did not hand out its picture). Take a screenshot with your desktop&apos;s tool and paste it (Ctrl+V).</source>
        <translation>No se pudo capturar la pantalla (el sistema no entregó su imagen). Haga una captura con la herramienta de su escritorio y péguela (Ctrl+V).</translation>
    </message>
</context>
<context>
    <name>mdi::ServeCommand</name>
    <message>
        <source>Address to listen on (default 127.0.0.1; 0.0.0.0 exposes the API to the network).</source>
        <translation>Dirección en la que escuchar (predeterminado: 127.0.0.1; 0.0.0.0 expone la API a la red).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8080; 0 picks a free one).</source>
        <translation>Puerto en el que escuchar (predeterminado: 8080; 0 elige uno libre).</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer KEY&quot; on every request (default: the MDI_API_KEY environment variable).</source>
        <translation>Exigir &quot;Authorization: Bearer KEY&quot; en cada solicitud (predeterminado: la variable de entorno MDI_API_KEY).</translation>
    </message>
    <message>
        <source>Largest request body in MiB (default 50).</source>
        <translation>Tamaño máximo del cuerpo de la solicitud, en MiB (predeterminado: 50).</translation>
    </message>
    <message>
        <source>--model DIR is required (see --help)</source>
        <translation>--model DIR es obligatorio (consulte --help)</translation>
    </message>
    <message>
        <source>--host takes an IP address such as 127.0.0.1 or ::1, not &apos;%1&apos;</source>
        <translation>--host admite una dirección IP como 127.0.0.1 o ::1, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-body-mb must be 1..4096 and --max-answers at least 1</source>
        <translation>--max-body-mb debe estar entre 1 y 4096, y --max-answers debe ser al menos 1</translation>
    </message>
    <message>
        <source>warning: listening on %1 without an API key; anyone who can reach this machine can use the model%2</source>
        <translation>advertencia: escuchando en %1 sin clave de API; cualquiera que pueda acceder a este equipo puede usar el modelo%2</translation>
    </message>
    <message>
        <source> and read image files on it</source>
        <translation> y leer archivos de imagen en él</translation>
    </message>
    <message>
        <source>model %1 loaded (plan %2, %3)</source>
        <translation>modelo %1 cargado (plan %2, %3)</translation>
    </message>
    <message>
        <source>Answers in progress at once; more requests wait (default 16).</source>
        <translation>Respuestas en curso a la vez; las demás solicitudes esperan (predeterminado 16).</translation>
    </message>
    <message>
        <source>Requests waiting for a free answer slot; more get 429 (default 64).</source>
        <translation>Solicitudes que esperan un hueco libre para responder; las demás reciben 429 (predeterminado 64).</translation>
    </message>
    <message>
        <source>Seconds a request waits for a slot before it gets 429 (default 60).</source>
        <translation>Segundos que una solicitud espera un hueco antes de recibir 429 (predeterminado 60).</translation>
    </message>
    <message>
        <source>Read file:// image URLs from this computer&apos;s disk (off by default: only data: URLs are read).</source>
        <translation>Leer URL de imagen file:// del disco de este equipo (desactivado de forma predeterminada: solo se leen URL data:).</translation>
    </message>
    <message>
        <source>Refuse file:// image URLs (the default; overrides --allow-file-urls).</source>
        <translation>Rechazar URL de imagen file:// (predeterminado; anula --allow-file-urls).</translation>
    </message>
    <message>
        <source>Another name requests may use for the model, listed by /v1/models (repeatable).</source>
        <translation>Otro nombre que las solicitudes pueden usar para el modelo, listado por /v1/models (repetible).</translation>
    </message>
    <message>
        <source>--max-queue must be at least 0 and --queue-timeout 1..3600</source>
        <translation>--max-queue debe ser al menos 0 y --queue-timeout 1..3600</translation>
    </message>
    <message>
        <source>--model-alias needs a name</source>
        <translation>--model-alias necesita un nombre</translation>
    </message>
    <message>
        <source>Serves the model over HTTP: OpenAI-compatible chat completions and responses with images, and Ollama&apos;s API (see docs/API.md).</source>
        <translation>Sirve el modelo por HTTP: chat completions y responses compatibles con OpenAI con imágenes, y la API de Ollama (véase docs/API.md).</translation>
    </message>
    <message>
        <source>Let web pages from ORIGIN (such as http://localhost:3000; * for any) call the API: CORS (repeatable; off by default).</source>
        <translation>Permite que las páginas web de ORIGIN (por ejemplo http://localhost:3000; * para todas) llamen a la API: CORS (repetible; desactivado por defecto).</translation>
    </message>
    <message>
        <source>Accept requests addressed to NAME (the Host header, such as host.docker.internal) besides localhost (repeatable).</source>
        <translation>Acepta solicitudes dirigidas a NAME (la cabecera Host, por ejemplo host.docker.internal) además de localhost (repetible).</translation>
    </message>
    <message>
        <source>--cors-origin: %1</source>
        <translation>--cors-origin: %1</translation>
    </message>
    <message>
        <source>--allow-host takes a host name such as host.docker.internal, not &apos;%1&apos;</source>
        <translation>--allow-host espera un nombre de host como host.docker.internal, no &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>mdi::SettingsDialog</name>
    <message>
        <source>Model default</source>
        <translation>Predeterminado del modelo</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
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
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <source>Maximum new tokens</source>
        <translation>Máximo de tokens nuevos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Carpeta del modelo</translation>
    </message>
    <message>
        <source>Folder with config.json and *.safetensors</source>
        <translation>Carpeta con config.json y *.safetensors</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Elegir la carpeta del modelo</translation>
    </message>
    <message>
        <source>Compute precision</source>
        <translation>Precisión de cálculo</translation>
    </message>
    <message>
        <source>Threads for the computation; Automatic uses the physical cores (%1 logical here).</source>
        <translation>Hilos para el cálculo; Automático usa los núcleos físicos (aquí hay %1 lógicos).</translation>
    </message>
    <message>
        <source>Maximum image size in pixels</source>
        <translation>Tamaño máximo de imagen en píxeles</translation>
    </message>
    <message>
        <source> pixels</source>
        <translation> píxeles</translation>
    </message>
    <message>
        <source>Larger images are scaled down to this many pixels before the model sees them. More pixels show more detail but take more time and context.</source>
        <translation>Las imágenes más grandes se reducen a este número de píxeles antes de que el modelo las vea. Más píxeles muestran más detalle, pero requieren más tiempo y contexto.</translation>
    </message>
    <message>
        <source>Model &amp;folder:</source>
        <translation>&amp;Carpeta del modelo:</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Precisión:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
    <message>
        <source>Maximum &amp;image size:</source>
        <translation>Tamaño máximo de &amp;imagen:</translation>
    </message>
    <message>
        <source>Changes to the model, precision, threads or image size reload the model.</source>
        <translation>Los cambios en el modelo, la precisión, los hilos o el tamaño de imagen vuelven a cargar el modelo.</translation>
    </message>
    <message>
        <source>Default system prompt</source>
        <translation>Prompt del sistema predeterminado</translation>
    </message>
    <message>
        <source>Empty: the model&apos;s own default (&quot;You are a helpful assistant.&quot;)</source>
        <translation>Vacío: el predeterminado del propio modelo (&quot;You are a helpful assistant.&quot;)</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>Top-&amp;k:</source>
        <translation>Top-&amp;k:</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Min-p:</source>
        <translation>&amp;Min-p:</translation>
    </message>
    <message>
        <source>&amp;Repetition penalty:</source>
        <translation>Penalización por r&amp;epetición:</translation>
    </message>
    <message>
        <source>Maximum &amp;new tokens:</source>
        <translation>Máximo de tokens &amp;nuevos:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>Prompt del &amp;sistema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Respuestas</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;pariencia</translation>
    </message>
    <message>
        <source>Choose the Model Folder</source>
        <translation>Elegir la carpeta del modelo</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>&amp;Serve the loaded model to programs on this computer</source>
        <translation>&amp;Servir el modelo cargado a los programas de este equipo</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>API local</translation>
    </message>
    <message>
        <source>Local API port</source>
        <translation>Puerto de la API local</translation>
    </message>
    <message>
        <source>Local API key</source>
        <translation>Clave de la API local</translation>
    </message>
    <message>
        <source>None: every program on this computer may use it</source>
        <translation>Ninguna: cualquier programa de este equipo puede usarla</translation>
    </message>
    <message>
        <source>OpenAI-compatible chat completions with images at http://127.0.0.1:PORT/v1, for scripts and other tools. Only this computer can connect; with a key, requests must send &quot;Authorization: Bearer KEY&quot;.</source>
        <translation>Completado de chat compatible con OpenAI, con imágenes, en http://127.0.0.1:PORT/v1, para scripts y otras herramientas. Solo este equipo puede conectarse; con una clave, las solicitudes deben enviar &quot;Authorization: Bearer KEY&quot;.</translation>
    </message>
    <message>
        <source>&amp;Local API</source>
        <translation>API &amp;local</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Automática (recomendada)</translation>
    </message>
    <message>
        <source>Best quality (bf16/f32)</source>
        <translation>Máxima calidad (bf16/f32)</translation>
    </message>
    <message>
        <source>Balanced (8-bit)</source>
        <translation>Equilibrada (8-bit)</translation>
    </message>
    <message>
        <source>Smallest (4-bit)</source>
        <translation>La más pequeña (4-bit)</translation>
    </message>
    <message>
        <source>Automatic picks the fastest weight format that keeps quality on this computer: 8-bit for the language model, the checkpoint&apos;s own precision for the vision tower.</source>
        <translation>La opción automática elige el formato de pesos más rápido que mantiene la calidad en este equipo: 8-bit para el modelo de lenguaje y la precisión propia del checkpoint para la torre de visión.</translation>
    </message>
    <message>
        <source>&quot;Model default&quot; takes the value from the model&apos;s generation_config.json. Setting temperature, top-k, top-p or min-p replaces the model&apos;s values of all four: those left at &quot;Model default&quot; are then 1 or off. The system prompt applies to new conversations.</source>
        <translation>«Predeterminado del modelo» toma el valor del generation_config.json del modelo. Fijar la temperatura, top-k, top-p o min-p sustituye los valores del modelo para los cuatro: los que quedan en «Predeterminado del modelo» valen entonces 1 o quedan desactivados. La instrucción del sistema se aplica a las conversaciones nuevas.</translation>
    </message>
    <message>
        <source>The model folder %1 does not exist.</source>
        <translation>La carpeta del modelo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a model folder: %2</source>
        <translation>%1 no es una carpeta de modelo: %2</translation>
    </message>
    <message>
        <source>%1 is not a model folder: it holds no *.safetensors weights.</source>
        <translation>%1 no es una carpeta de modelo: no contiene pesos *.safetensors.</translation>
    </message>
    <message>
        <source>%1 is not a model folder: it has no tokenizer.json.</source>
        <translation>%1 no es una carpeta de modelo: no tiene tokenizer.json.</translation>
    </message>
</context>
<context>
    <name>mdi::Sha256Hasher</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 from byte %2.</source>
        <translation>No se puede leer %1 a partir del byte %2.</translation>
    </message>
    <message>
        <source>it ends early</source>
        <translation>el archivo termina antes de tiempo</translation>
    </message>
</context>
<context>
    <name>mdi::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Message field</source>
        <translation>Campo del mensaje</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nueva línea</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Detener la respuesta</translation>
    </message>
</context>
<context>
    <name>mdi::StageLinkBuilder</name>
    <message>
        <source>Layers %1-%2 are planned on the peer %3, but this program cannot reach peers.</source>
        <translation>Las capas %1-%2 están previstas en el par %3, pero este programa no puede conectar con pares.</translation>
    </message>
    <message>
        <source>The model is being unloaded.</source>
        <translation>Se está descargando el modelo de la memoria.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
</context>
<context>
    <name>mdi::StageReadyMessage</name>
    <message>
        <source>[%1, %2) is not a layer range</source>
        <translation>[%1, %2) no es un rango de capas</translation>
    </message>
    <message>
        <source>a byte count is negative</source>
        <translation>un recuento de bytes es negativo</translation>
    </message>
</context>
<context>
    <name>mdi::StatsMessage</name>
    <message>
        <source>a count is negative</source>
        <translation>un recuento es negativo</translation>
    </message>
</context>
<context>
    <name>mdi::TensorFactory</name>
    <message>
        <source>&apos;%1&apos; is not a compute device (use cpu, cuda, cuda:N or mps).</source>
        <translation>&apos;%1&apos; no es un dispositivo de cálculo (use cpu, cuda, cuda:N o mps).</translation>
    </message>
    <message>
        <source>Missing tensor.</source>
        <translation>Falta el tensor.</translation>
    </message>
    <message>
        <source>Tensor %1 has the unsupported dtype %2.</source>
        <translation>El tensor %1 tiene el dtype no admitido %2.</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be read: %2</source>
        <translation>No se puede leer el tensor %1: %2</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be converted for %2 on %3: %4</source>
        <translation>No se puede convertir el tensor %1 para %2 en %3: %4</translation>
    </message>
    <message>
        <source>The checkpoint has no tensor %1.</source>
        <translation>El checkpoint no tiene el tensor %1.</translation>
    </message>
    <message>
        <source>Tensor %1 has shape %2; the configuration implies %3.</source>
        <translation>El tensor %1 tiene la forma %2; la configuración implica %3.</translation>
    </message>
    <message>
        <source>The %1 weight format runs on the CPU only, not on &apos;%2&apos; (use bf16 or f32 there).</source>
        <translation>El formato de pesos %1 solo se ejecuta en la CPU, no en &apos;%2&apos; (use bf16 o f32 allí).</translation>
    </message>
    <message>
        <source>Tensor %1 has shape %2; a weight matrix has two or more dimensions.</source>
        <translation>El tensor %1 tiene la forma %2; una matriz de pesos tiene dos o más dimensiones.</translation>
    </message>
    <message>
        <source>Tensor %1 has the dtype %2; a weight matrix must be F32, BF16 or F16.</source>
        <translation>El tensor %1 tiene el dtype %2; una matriz de pesos debe ser F32, BF16 o F16.</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be converted to %2: %3</source>
        <translation>No se puede convertir el tensor %1 a %2: %3</translation>
    </message>
    <message>
        <source>The model load was cancelled.</source>
        <translation>Se canceló la carga del modelo.</translation>
    </message>
</context>
<context>
    <name>mdi::TextEmbedding</name>
    <message>
        <source>Token id %1 at position %2 is outside the vocabulary (%3 tokens).</source>
        <translation>El id de token %1 en la posición %2 está fuera del vocabulario (%3 tokens).</translation>
    </message>
    <message>
        <source>Embedding failed: %1</source>
        <translation>Error en el embedding: %1</translation>
    </message>
    <message>
        <source>The prompt has %1 image tokens but the images give %2 embeddings.</source>
        <translation>El prompt tiene %1 tokens de imagen, pero las imágenes dan %2 embeddings.</translation>
    </message>
</context>
<context>
    <name>mdi::TokenizerJsonLoader</name>
    <message>
        <source>has no &apos;model&apos; object</source>
        <translation>no tiene un objeto &apos;model&apos;</translation>
    </message>
    <message>
        <source>the pre-tokenizer has no ByteLevel step; only byte-level BPE tokenizers are supported</source>
        <translation>el pre-tokenizador no tiene un paso ByteLevel; solo se admiten tokenizadores BPE a nivel de byte</translation>
    </message>
    <message>
        <source>model type &apos;%1&apos; is not supported (only BPE)</source>
        <translation>no se admite el tipo de modelo &apos;%1&apos; (solo BPE)</translation>
    </message>
    <message>
        <source>BPE byte_fallback is not supported (only byte-level BPE)</source>
        <translation>no se admite BPE byte_fallback (solo BPE a nivel de byte)</translation>
    </message>
    <message>
        <source>BPE subword prefixes/suffixes are not supported (only byte-level BPE)</source>
        <translation>no se admiten prefijos/sufijos de subpalabra de BPE (solo BPE a nivel de byte)</translation>
    </message>
    <message>
        <source>model.vocab is missing or not an object</source>
        <translation>model.vocab no está presente o no es un objeto</translation>
    </message>
    <message>
        <source>model.vocab is empty</source>
        <translation>model.vocab está vacío</translation>
    </message>
    <message>
        <source>model.vocab entry &apos;%1&apos; has an invalid id</source>
        <translation>la entrada &apos;%1&apos; de model.vocab tiene un id no válido</translation>
    </message>
    <message>
        <source>model.vocab entry &apos;%1&apos; is not spelled in the byte-level alphabet</source>
        <translation>la entrada &apos;%1&apos; de model.vocab no está escrita en el alfabeto a nivel de byte</translation>
    </message>
    <message>
        <source>model.vocab id %1 is used twice</source>
        <translation>el id %1 de model.vocab se usa dos veces</translation>
    </message>
    <message>
        <source>model.merges is missing or not an array</source>
        <translation>model.merges no está presente o no es una matriz</translation>
    </message>
    <message>
        <source>model.merges[%1] &apos;%2&apos; is not two tokens separated by one space</source>
        <translation>model.merges[%1] &apos;%2&apos; no son dos tokens separados por un espacio</translation>
    </message>
    <message>
        <source>model.merges[%1] is neither &quot;a b&quot; nor [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>model.merges[%1] no es ni &quot;a b&quot; ni [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>model.merges[%1] &apos;%2 %3&apos; uses a token that is not in the vocabulary</source>
        <translation>model.merges[%1] &apos;%2 %3&apos; usa un token que no está en el vocabulario</translation>
    </message>
    <message>
        <source>model.merges[%1]: the merged token &apos;%2&apos; is not in the vocabulary</source>
        <translation>model.merges[%1]: el token fusionado &apos;%2&apos; no está en el vocabulario</translation>
    </message>
    <message>
        <source>added_tokens is not an array</source>
        <translation>added_tokens no es una matriz</translation>
    </message>
    <message>
        <source>added_tokens[%1] has no valid id</source>
        <translation>added_tokens[%1] no tiene un id válido</translation>
    </message>
    <message>
        <source>added_tokens[%1] has no content</source>
        <translation>added_tokens[%1] no tiene contenido</translation>
    </message>
    <message>
        <source>normalizer &apos;%1&apos; is not supported (NFC, NFD, NFKC, NFKD or a Sequence of them)</source>
        <translation>no se admite el normalizador &apos;%1&apos; (NFC, NFD, NFKC, NFKD o una Sequence de ellos)</translation>
    </message>
    <message>
        <source>%1: the pattern does not compile: %2</source>
        <translation>%1: el patrón no compila: %2</translation>
    </message>
    <message>
        <source>ByteLevel pre-tokenizer</source>
        <translation>pre-tokenizador ByteLevel</translation>
    </message>
    <message>
        <source>Split pre-tokenizer behavior &apos;%1&apos; is not supported (only Isolated)</source>
        <translation>no se admite el comportamiento &apos;%1&apos; del pre-tokenizador Split (solo Isolated)</translation>
    </message>
    <message>
        <source>inverted Split pre-tokenizers are not supported</source>
        <translation>no se admiten pre-tokenizadores Split invertidos</translation>
    </message>
    <message>
        <source>Split pre-tokenizer</source>
        <translation>pre-tokenizador Split</translation>
    </message>
    <message>
        <source>Split pre-tokenizer has no Regex or String pattern</source>
        <translation>el pre-tokenizador Split no tiene un patrón Regex ni String</translation>
    </message>
    <message>
        <source>pre-tokenizer &apos;%1&apos; is not supported (Split, ByteLevel or a Sequence of them)</source>
        <translation>no se admite el pre-tokenizador &apos;%1&apos; (Split, ByteLevel o una Sequence de ellos)</translation>
    </message>
    <message>
        <source>decoder &apos;%1&apos; is not supported (only ByteLevel)</source>
        <translation>no se admite el decodificador &apos;%1&apos; (solo ByteLevel)</translation>
    </message>
</context>
<context>
    <name>mdi::VisionTower</name>
    <message>
        <source>Invalid image patch grid %1x%2x%3.</source>
        <translation>Cuadrícula de parches de imagen no válida: %1x%2x%3.</translation>
    </message>
    <message>
        <source>No images were given to the vision tower.</source>
        <translation>No se proporcionaron imágenes a la torre de visión.</translation>
    </message>
    <message>
        <source>Pixel values must be [%1, %2] for the given image grids.</source>
        <translation>Los valores de píxel deben ser [%1, %2] para las cuadrículas de imagen dadas.</translation>
    </message>
    <message>
        <source>The vision tower failed: %1</source>
        <translation>La torre de visión falló: %1</translation>
    </message>
    <message>
        <source>The image was not read to the end: the answer was stopped.</source>
        <translation>La imagen no se leyó hasta el final: se detuvo la respuesta.</translation>
    </message>
</context>
<context>
    <name>mdi::WeightAckMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>está fuera de rango: %1</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>tiene el valor desconocido %1</translation>
    </message>
</context>
<context>
    <name>mdi::WeightCache</name>
    <message>
        <source>Cannot create the weight cache folder %1.</source>
        <translation>No se puede crear la carpeta de la caché de pesos %1.</translation>
    </message>
    <message>
        <source>Tensor %1 has the unknown dtype &apos;%2&apos;.</source>
        <translation>El tensor %1 tiene el dtype desconocido &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Tensor %1: %2 bytes do not fit its shape and dtype.</source>
        <translation>Tensor %1: %2 bytes no encajan con su forma y su dtype.</translation>
    </message>
    <message>
        <source>Tensor %1: a chunk at byte %2, but %3 bytes are held.</source>
        <translation>Tensor %1: un bloque en el byte %2, pero hay %3 bytes guardados.</translation>
    </message>
    <message>
        <source>Tensor %1: a chunk runs past its %2 bytes.</source>
        <translation>Tensor %1: un bloque sobrepasa sus %2 bytes.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into the cache.</source>
        <translation>No se puede mover %1 a la caché.</translation>
    </message>
    <message>
        <source>The cached file of tensor %1 does not match it.</source>
        <translation>El archivo en caché del tensor %1 no coincide con él.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>The cached file of tensor %1 changed after it was verified.</source>
        <translation>El archivo en caché del tensor %1 cambió después de verificarse.</translation>
    </message>
</context>
<context>
    <name>mdi::WeightChunkMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>está fuera de rango: %1</translation>
    </message>
    <message>
        <source>says %1 bytes but %2 follow</source>
        <translation>indica %1 bytes, pero siguen %2</translation>
    </message>
</context>
<context>
    <name>mdi::WireReader</name>
    <message>
        <source>needs %1 bytes but only %2 are left</source>
        <translation>necesita %1 bytes, pero solo quedan %2</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>no es un número finito</translation>
    </message>
    <message>
        <source>must be 0 or 1, not %1</source>
        <translation>debe ser 0 o 1, no %1</translation>
    </message>
    <message>
        <source>is %1 bytes long; at most %2 are allowed</source>
        <translation>tiene %1 bytes; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>is not valid UTF-8</source>
        <translation>no es UTF-8 válido</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <source>counts %1 elements; at most %2 are allowed</source>
        <translation>cuenta %1 elementos; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>counts %1 elements but only %2 bytes are left</source>
        <translation>cuenta %1 elementos, pero solo quedan %2 bytes</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; %2</source>
        <translation>el campo &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the last field</source>
        <translation>%1 bytes inesperados después del último campo</translation>
    </message>
    <message>
        <source>malformed %1 message: %2</source>
        <translation>mensaje %1 mal formado: %2</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>no es un id válido</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>es negativo</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>tiene el valor desconocido %1</translation>
    </message>
    <message>
        <source>must be between 0 and %1, not %2</source>
        <translation>debe estar entre 0 y %1, no %2</translation>
    </message>
    <message>
        <source>is %1 bytes; %2 x %3 %4 values take %5 bytes and %6 bytes are left</source>
        <translation>ocupa %1 bytes; %2 x %3 valores %4 ocupan %5 bytes y quedan %6 bytes</translation>
    </message>
    <message>
        <source>%1 rows of hidden states where the entries add up to %2</source>
        <translation>%1 filas de estados ocultos donde las entradas suman %2</translation>
    </message>
    <message>
        <source>must be between 1 and %1, not %2</source>
        <translation>debe estar entre 1 y %1, no %2</translation>
    </message>
</context>
</TS>
