<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: file non trovato (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: impossibile aprire: %2</translation>
    </message>
    <message>
        <source>%1: file is too large (%2 bytes, limit %3)</source>
        <translation>%1: il file è troppo grande (%2 byte, limite %3)</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: JSON non valido all&apos;offset %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object</source>
        <translation>%1: il livello superiore non è un oggetto JSON</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; %3</source>
        <translation>%1: il campo &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>è assente</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>deve essere un intero</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>deve essere un numero</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve essere true o false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve essere una stringa</translation>
    </message>
    <message>
        <source>must be an integer or a list of integers</source>
        <translation>deve essere un intero o un elenco di interi</translation>
    </message>
    <message>
        <source>must hold only integers</source>
        <translation>deve contenere solo interi</translation>
    </message>
    <message>
        <source>must be a list of numbers</source>
        <translation>deve essere un elenco di numeri</translation>
    </message>
    <message>
        <source>must hold only numbers</source>
        <translation>deve contenere solo numeri</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve essere un oggetto</translation>
    </message>
</context>
<context>
    <name>LocalStageLink</name>
    <message>
        <source>The stage failed with an unknown exception.</source>
        <translation>Lo stadio non è riuscito a causa di un&apos;eccezione sconosciuta.</translation>
    </message>
</context>
<context>
    <name>ProfileLock</name>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>processo %1 (%2) su %3</translation>
    </message>
</context>
<context>
    <name>SamplingParams</name>
    <message>
        <source>Temperature must be a number of at least 0 (0 picks the most likely token); got %1.</source>
        <translation>La temperatura deve essere un numero maggiore o uguale a 0 (0 sceglie il token più probabile); ricevuto %1.</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number of tokens; got %1.</source>
        <translation>Top-k deve essere 0 (disattivato) o un numero positivo di token; ricevuto %1.</translation>
    </message>
    <message>
        <source>Top-p must be between 0 and 1 (1 turns it off); got %1.</source>
        <translation>Top-p deve essere compreso tra 0 e 1 (1 lo disattiva); ricevuto %1.</translation>
    </message>
    <message>
        <source>Min-p must be between 0 (off) and 1; got %1.</source>
        <translation>Min-p deve essere compreso tra 0 (disattivato) e 1; ricevuto %1.</translation>
    </message>
    <message>
        <source>Repetition penalty must be a positive number (1 turns it off); got %1.</source>
        <translation>La penalità di ripetizione deve essere un numero positivo (1 la disattiva); ricevuto %1.</translation>
    </message>
    <message>
        <source>The maximum number of new tokens must be at least 1; got %1.</source>
        <translation>Il numero massimo di nuovi token deve essere almeno 1; ricevuto %1.</translation>
    </message>
    <message>
        <source>Stop strings must not be empty.</source>
        <translation>Le stringhe di arresto non possono essere vuote.</translation>
    </message>
    <message>
        <source>End-of-sequence token ids must not be negative; got %1.</source>
        <translation>Gli id dei token di fine sequenza non possono essere negativi; ricevuto %1.</translation>
    </message>
    <message>
        <source>The number of top log-probabilities must be 0 to %1; got %2.</source>
        <translation>Il numero di log-probabilità principali deve essere compreso tra 0 e %1; ricevuto %2.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Cannot listen for other launches on the local socket %1: %2</source>
        <translation>Impossibile ascoltare altri avvii sul socket locale %1: %2</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Layers %1-%2 hold %3 tokens of this conversation, but the next step starts at token %4.</source>
        <translation>Gli strati %1-%2 contengono %3 token di questa conversazione, ma il passo successivo inizia dal token %4.</translation>
    </message>
    <message>
        <source>Layers %1-%2 received a malformed step: %3 hidden states of width %4 with %5 positions (expected width %6).</source>
        <translation>Gli strati %1-%2 hanno ricevuto un passo malformato: %3 stati nascosti di larghezza %4 con %5 posizioni (larghezza attesa %6).</translation>
    </message>
    <message>
        <source>Layers %1-%2 received two steps of one conversation at once.</source>
        <translation>Gli strati %1-%2 hanno ricevuto contemporaneamente due passi della stessa conversazione.</translation>
    </message>
    <message>
        <source>Decoder layers %1-%2 failed: %3</source>
        <translation>Gli strati del decoder %1-%2 non sono riusciti: %3</translation>
    </message>
</context>
<context>
    <name>WireTensor</name>
    <message>
        <source>Hidden states of %1 x %2 %3 values came with %4 bytes.</source>
        <translation>Gli stati nascosti di %1 x %2 valori %3 sono arrivati con %4 byte.</translation>
    </message>
    <message>
        <source>hidden states of the unknown dtype %1</source>
        <translation>stati nascosti del dtype sconosciuto %1</translation>
    </message>
    <message>
        <source>hidden states of %1 x %2 values, not %3 x %4</source>
        <translation>stati nascosti di %1 x %2 valori, non %3 x %4</translation>
    </message>
    <message>
        <source>hidden states of %1 x %2 %3 values in %4 bytes</source>
        <translation>stati nascosti di %1 x %2 valori %3 in %4 byte</translation>
    </message>
    <message>
        <source>hidden states with NaN or infinite values (%1 of %2)</source>
        <translation>stati nascosti con valori NaN o infiniti (%1 su %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MDI Chat peer: serves ranges of model layers to paired MDI Chat coordinators on the LAN.</source>
        <translation>Peer di MDI Chat: fornisce intervalli di strati del modello ai coordinatori MDI Chat abbinati nella rete locale.</translation>
    </message>
    <message>
        <source>MDI Chat: local multimodal chat with Qwen2-VL, on this machine and its peers.</source>
        <translation>MDI Chat: chat multimodale locale con Qwen2-VL, su questo computer e sui suoi peer.</translation>
    </message>
    <message>
        <source>Use the profile (history, images, settings) in &lt;dir&gt; instead of the default.</source>
        <translation>Usa il profilo (cronologia, immagini, impostazioni) in &lt;dir&gt; invece di quello predefinito.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Render the window with a demo conversation to the PNG &lt;file&gt; and exit (needs no model).</source>
        <translation>Disegna la finestra con una conversazione dimostrativa nel PNG &lt;file&gt; ed esci (non serve alcun modello).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Theme for --screenshot: light, dark or system.</source>
        <translation>Tema per --screenshot: light, dark o system.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WIDTHxHEIGHT.</source>
        <translation>Dimensioni della finestra per --screenshot, come LARGHEZZAxALTEZZA.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>dimensioni</translation>
    </message>
    <message>
        <source>With --screenshot: show the Peers panel with demo peers and a plan.</source>
        <translation>Con --screenshot: mostra il pannello Peer con peer dimostrativi e un piano.</translation>
    </message>
    <message>
        <source>--size must be at least 400x300, as WIDTHxHEIGHT.</source>
        <translation>--size deve essere almeno 400x300, come LARGHEZZAxALTEZZA.</translation>
    </message>
    <message>
        <source>MDI Chat is already running with this profile (%1).

Switch to the open window, or start with --data-dir to use another profile.</source>
        <translation>MDI Chat è già in esecuzione con questo profilo (%1).

Passa alla finestra aperta oppure avvia con --data-dir per usare un altro profilo.</translation>
    </message>
    <message>
        <source>MDI Chat</source>
        <translation>MDI Chat</translation>
    </message>
    <message>
        <source>The history cannot be opened:
%1</source>
        <translation>Impossibile aprire la cronologia:
%1</translation>
    </message>
    <message>
        <source>Name shown to coordinators.</source>
        <translation>Nome mostrato ai coordinatori.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>TCP port (0: any free port).</source>
        <translation>Porta TCP (0: qualsiasi porta libera).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Memory offered, in bytes.</source>
        <translation>Memoria offerta, in byte.</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTE</translation>
    </message>
    <message>
        <source>Folder of the weight cache.</source>
        <translation>Cartella della cache dei pesi.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Pairing code (default: generated once and remembered).</source>
        <translation>Codice di abbinamento (predefinito: generato una volta e memorizzato).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODICE</translation>
    </message>
    <message>
        <source>Intra-op threads per stage (0: all cores).</source>
        <translation>Thread intra-operazione per stadio (0: tutti i core).</translation>
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
        <translation>Una cartella di modello i cui tensori vengono usati al posto di un trasferimento quando il loro SHA-256 corrisponde.</translation>
    </message>
    <message>
        <source>File of the node&apos;s id and pairing code.</source>
        <translation>File con l&apos;id e il codice di abbinamento del nodo.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Address to listen on (default: all).</source>
        <translation>Indirizzo su cui restare in ascolto (predefinito: tutti).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>INDIRIZZO</translation>
    </message>
    <message>
        <source>Do not announce on the LAN.</source>
        <translation>Non annunciarti nella rete locale.</translation>
    </message>
    <message>
        <source>Also announce on 127.0.0.1 (tests, one offline computer).</source>
        <translation>Annunciati anche su 127.0.0.1 (test, un solo computer non in rete).</translation>
    </message>
    <message>
        <source>UDP port coordinators listen on for beacons (tests).</source>
        <translation>Porta UDP su cui i coordinatori ascoltano i beacon (test).</translation>
    </message>
    <message>
        <source>UDP port this node listens on for queries (tests).</source>
        <translation>Porta UDP su cui questo nodo ascolta le richieste (test).</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port accetta un numero da 0 a 65535.</translation>
    </message>
    <message>
        <source>--max-memory takes a number of bytes.</source>
        <translation>--max-memory accetta un numero di byte.</translation>
    </message>
    <message>
        <source>--threads takes a number from 0 to 1024.</source>
        <translation>--threads accetta un numero da 0 a 1024.</translation>
    </message>
    <message>
        <source>--device takes cpu or cuda.</source>
        <translation>--device accetta cpu o cuda.</translation>
    </message>
    <message>
        <source>--discovery-beacon-port takes a number from 1 to 65535.</source>
        <translation>--discovery-beacon-port accetta un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>--discovery-query-port takes a number from 1 to 65535.</source>
        <translation>--discovery-query-port accetta un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation>Il rilevamento è disattivato: %1</translation>
    </message>
    <message>
        <source>describe a checkpoint folder and validate its weights</source>
        <translation>descrivi una cartella di checkpoint e convalida i suoi pesi</translation>
    </message>
    <message>
        <source>write a checkpoint with random weights of a real shape (benchmarks)</source>
        <translation>scrivi un checkpoint con pesi casuali di una forma reale (benchmark)</translation>
    </message>
    <message>
        <source>list the Qwen2-VL checkpoints in the Hugging Face cache and model folders</source>
        <translation>elenca i checkpoint Qwen2-VL presenti nella cache di Hugging Face e nelle cartelle dei modelli</translation>
    </message>
    <message>
        <source>download a model from the Hugging Face hub, resumably, with hash checks</source>
        <translation>scarica un modello dall&apos;hub di Hugging Face, con ripresa del download e verifica degli hash</translation>
    </message>
    <message>
        <source>serve the model over HTTP: OpenAI-compatible chat completions with images (docs/API.md)</source>
        <translation>servi il modello via HTTP: chat completion compatibili con OpenAI, con immagini (docs/API.md)</translation>
    </message>
    <message>
        <source>Weight format of the layers served here: auto (what the coordinator asks for), best, f32, bf16, q8 or q4.</source>
        <translation>Formato dei pesi degli strati serviti qui: auto (quello che chiede il coordinatore), best, f32, bf16, q8 o q4.</translation>
    </message>
    <message>
        <source>DTYPE</source>
        <translation>DTYPE</translation>
    </message>
    <message>
        <source>--dtype takes auto, best, f32, bf16, q8 or q4.</source>
        <translation>--dtype accetta auto, best, f32, bf16, q8 o q4.</translation>
    </message>
    <message>
        <source>Conversations one coordinator may keep cached here; beyond that its least recently used one is dropped.</source>
        <translation>Conversazioni che un coordinatore può tenere in cache qui; oltre questo numero viene scartata quella usata meno di recente.</translation>
    </message>
    <message>
        <source>--max-sessions takes a number from 1 to 100000.</source>
        <translation>--max-sessions accetta un numero da 1 a 100000.</translation>
    </message>
    <message>
        <source>MDI Chat is already running with this profile; its window was brought to the front.</source>
        <translation>MDI Chat è già in esecuzione con questo profilo; la sua finestra è stata portata in primo piano.</translation>
    </message>
</context>
<context>
    <name>mdi::ApiServer</name>
    <message>
        <source>The model was unloaded before the answer finished.</source>
        <translation>Il modello è stato scaricato dalla memoria prima che la risposta fosse completata.</translation>
    </message>
    <message>
        <source>This server needs an API key: send &quot;Authorization: Bearer KEY&quot;.</source>
        <translation>Questo server richiede una chiave API: invia &quot;Authorization: Bearer KEY&quot;.</translation>
    </message>
    <message>
        <source>The API key is wrong.</source>
        <translation>La chiave API è errata.</translation>
    </message>
    <message>
        <source>There is no %1 here; see docs/API.md for the endpoints.</source>
        <translation>Qui non esiste %1; consulta docs/API.md per gli endpoint.</translation>
    </message>
    <message>
        <source>%1 takes %2 requests.</source>
        <translation>%1 accetta richieste %2.</translation>
    </message>
    <message>
        <source>The request body must be JSON, sent with &quot;Content-Type: application/json&quot;.</source>
        <translation>Il corpo della richiesta deve essere JSON, inviato con &quot;Content-Type: application/json&quot;.</translation>
    </message>
    <message>
        <source>The model is still loading; try again shortly.</source>
        <translation>Il modello è ancora in caricamento; riprova tra poco.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Nessun modello caricato.</translation>
    </message>
    <message>
        <source>The model&apos;s configuration cannot be read.</source>
        <translation>Impossibile leggere la configurazione del modello.</translation>
    </message>
    <message>
        <source>The answer failed: %1</source>
        <translation>La risposta non è riuscita: %1</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist here; GET /v1/models lists the one this server has.</source>
        <translation>Il modello &apos;%1&apos; non esiste qui; GET /v1/models elenca quello di questo server.</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist here; this server has &apos;%2&apos;.</source>
        <translation>Il modello &apos;%1&apos; non esiste qui; questo server ha &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;n&apos; is %1, more answers than this server runs at once (%2).</source>
        <translation>&apos;n&apos; è %1, più risposte di quante questo server ne esegua contemporaneamente (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are in progress and %1 requests are waiting, the most this server holds; try again later.</source>
        <translation>
            <numerusform>%n risposta è in corso e %1 richieste sono in attesa, il massimo che questo server gestisce; riprova più tardi.</numerusform>
            <numerusform>%n risposte sono in corso e %1 richieste sono in attesa, il massimo che questo server gestisce; riprova più tardi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request waited %1 s for a free slot; try again later.</source>
        <translation>La richiesta ha atteso %1 s uno slot libero; riprova più tardi.</translation>
    </message>
    <message>
        <source>This server answers only requests addressed to localhost (the Host header names another host; mdi-run serve --allow-host adds names).</source>
        <translation>Questo server risponde solo a richieste indirizzate a localhost (l&apos;intestazione Host nomina un altro host; mdi-run serve --allow-host aggiunge nomi).</translation>
    </message>
    <message>
        <source>Web pages from %1 may not use this server (mdi-run serve --cors-origin names those that may).</source>
        <translation>Le pagine web di %1 non possono usare questo server (mdi-run serve --cors-origin nomina quelle che possono).</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; not found; GET /api/tags lists the one this server has</source>
        <translation>modello &apos;%1&apos; non trovato; GET /api/tags elenca quello di questo server</translation>
    </message>
</context>
<context>
    <name>mdi::AppContext</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossibile creare la cartella del profilo %1.</translation>
    </message>
    <message>
        <source>The local API could not start: %1</source>
        <translation>Impossibile avviare l&apos;API locale: %1</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>Una conversazione deve avere un titolo.</translation>
    </message>
    <message>
        <source>%1 could not take part, so the model runs on this computer alone. The Peers panel (View &gt; Peers) shows which peers are there; Apply and Reload uses them again.</source>
        <translation>%1 non ha potuto partecipare, quindi il modello è in esecuzione solo su questo computer. Il pannello Peer (Visualizza &gt; Peer) mostra quali peer ci sono; «Applica e ricarica» li usa di nuovo.</translation>
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
        <translation>Immagine allegata %1, %2 pixel</translation>
    </message>
    <message>
        <source>%1
%2 pixels</source>
        <translation>%1
%2 pixel</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>Rimuovi questa immagine</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>Rimuovi l&apos;immagine %1</translation>
    </message>
</context>
<context>
    <name>mdi::ChatCompletionRequest</name>
    <message>
        <source>messages[%1].role must be a non-empty string</source>
        <translation>messages[%1].role deve essere una stringa non vuota</translation>
    </message>
    <message>
        <source>messages[%1].role &apos;%2&apos; is not supported (system, developer, user or assistant)</source>
        <translation>messages[%1].role &apos;%2&apos; non è supportato (system, developer, user o assistant)</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>Il corpo della richiesta non è JSON valido: %1 alla posizione %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Il corpo della richiesta deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>&apos;messages&apos; must be a non-empty list of messages</source>
        <translation>&apos;messages&apos; deve essere un elenco di messaggi non vuoto</translation>
    </message>
    <message>
        <source>messages[%1] must be an object with &quot;role&quot; and &quot;content&quot;</source>
        <translation>messages[%1] deve essere un oggetto con &quot;role&quot; e &quot;content&quot;</translation>
    </message>
    <message>
        <source>request</source>
        <translation>richiesta</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>deve essere compreso tra 1 e %1</translation>
    </message>
    <message>
        <source>must be between 0 and 2</source>
        <translation>deve essere compreso tra 0 e 2</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>deve essere compreso tra 0 e 1</translation>
    </message>
    <message>
        <source>must be 0 (off) or a positive number of tokens</source>
        <translation>deve essere 0 (disattivato) o un numero positivo di token</translation>
    </message>
    <message>
        <source>&apos;stop&apos; may hold at most %1 strings</source>
        <translation>&apos;stop&apos; può contenere al massimo %1 stringhe</translation>
    </message>
    <message>
        <source>&apos;stop&apos; must be a string or a list of strings</source>
        <translation>&apos;stop&apos; deve essere una stringa o un elenco di stringhe</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling) is not supported</source>
        <translation>&apos;tools&apos; (chiamate di funzione) non è supportato</translation>
    </message>
    <message>
        <source>&apos;chat_template_kwargs&apos; must be an object</source>
        <translation>&apos;chat_template_kwargs&apos; deve essere un oggetto</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve essere un oggetto</translation>
    </message>
    <message>
        <source>/generate/multimodal gives one answer, not streamed; use /v1/chat/completions for &quot;stream&quot; and &quot;n&quot;</source>
        <translation>/generate/multimodal fornisce una sola risposta, non in streaming; usa /v1/chat/completions per &quot;stream&quot; e &quot;n&quot;</translation>
    </message>
    <message>
        <source>&apos;n&apos; must be between 1 and %1</source>
        <translation>&apos;n&apos; deve essere compreso tra 1 e %1</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>immagine %1: %2</translation>
    </message>
    <message>
        <source>image %1: &apos;%2...&apos; must be a data: URL (data:image/png;base64,...); other URLs are not downloaded</source>
        <translation>immagine %1: &apos;%2...&apos; deve essere un URL data: (data:image/png;base64,...); gli altri URL non vengono scaricati</translation>
    </message>
    <message>
        <source>The request has %1 images; this server takes at most %2 per request.</source>
        <translation>La richiesta contiene %1 immagini; questo server ne accetta al massimo %2 per richiesta.</translation>
    </message>
    <message>
        <source>must be an integer (64-bit)</source>
        <translation>deve essere un numero intero (64 bit)</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>deve essere compreso tra 0 e %1</translation>
    </message>
    <message>
        <source>needs &quot;logprobs&quot;: true</source>
        <translation>richiede &quot;logprobs&quot;: true</translation>
    </message>
    <message>
        <source>image %1: the file:// URL was refused: this server reads image files only when started with --allow-file-urls, from an absolute path to a readable image; send the image as a data: URL</source>
        <translation>immagine %1: l&apos;URL file:// è stato rifiutato: questo server legge file di immagine solo se avviato con --allow-file-urls, da un percorso assoluto di un&apos;immagine leggibile; invia l&apos;immagine come URL data:</translation>
    </message>
    <message>
        <source>image %1: the images before it already hold %2 megapixels, the most this server decodes for one request</source>
        <translation>immagine %1: le immagini precedenti occupano già %2 megapixel, il massimo che questo server decodifica per una richiesta</translation>
    </message>
    <message>
        <source>image %1: %2 (this server decodes at most %3 megapixels of images per request)</source>
        <translation>immagine %1: %2 (questo server decodifica al massimo %3 megapixel di immagini per richiesta)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object with a &quot;type&quot;</source>
        <translation>&apos;%1&apos; deve essere un oggetto con un &quot;type&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; type &apos;%2&apos; is not supported (text, json_object or json_schema)</source>
        <translation>&apos;%1&apos; di tipo &apos;%2&apos; non è supportato (text, json_object o json_schema)</translation>
    </message>
    <message>
        <source>&apos;%1.json_schema&apos; must be an object with the &quot;schema&quot;</source>
        <translation>&apos;%1.json_schema&apos; deve essere un oggetto con lo &quot;schema&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a JSON schema (an object)</source>
        <translation>&apos;%1&apos; deve essere uno schema JSON (un oggetto)</translation>
    </message>
    <message>
        <source>the shortest answer valid for %1 has %2 bytes, more than the token limit (%3) can be sure to hold; raise the token limit</source>
        <translation>la risposta valida più breve per %1 ha %2 byte, più di quanti il limite di token (%3) possa garantire; aumenta il limite di token</translation>
    </message>
</context>
<context>
    <name>mdi::ChatController</name>
    <message>
        <source>The model is still loading; send again in a moment.</source>
        <translation>Il modello è ancora in caricamento; invia di nuovo tra un momento.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Immagine: %1</translation>
    </message>
    <message>
        <source>Type a message or add an image first.</source>
        <translation>Scrivi prima un messaggio o aggiungi un&apos;immagine.</translation>
    </message>
    <message>
        <source>An answer is still being written; stop it first.</source>
        <translation>È ancora in corso la scrittura di una risposta; interrompila prima.</translation>
    </message>
    <message>
        <source>Only an answer to a question can be regenerated.</source>
        <translation>Si può rigenerare solo una risposta a una domanda.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Si possono modificare solo i propri messaggi.</translation>
    </message>
    <message>
        <source>The edited message is empty.</source>
        <translation>Il messaggio modificato è vuoto.</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>Impossibile salvare la risposta: %1</translation>
    </message>
    <message>
        <source>No model is loaded. Choose or download one in File &gt; Models…</source>
        <translation>Nessun modello caricato. Sceglierne o scaricarne uno in File &gt; Modelli…</translation>
    </message>
    <message>
        <source>The message could not be deleted: %1</source>
        <translation>Impossibile eliminare il messaggio: %1</translation>
    </message>
    <message>
        <source>The other answer could not be shown: %1</source>
        <translation>Impossibile mostrare l&apos;altra risposta: %1</translation>
    </message>
    <message>
        <source>The conversation could not be deleted: %1</source>
        <translation>Impossibile eliminare la conversazione: %1</translation>
    </message>
    <message>
        <source>Only an answer that was stopped or cut short can be continued.</source>
        <translation>Si può continuare solo una risposta interrotta o troncata.</translation>
    </message>
    <message>
        <source>Only the last answer of a conversation can be continued; this one has replies.</source>
        <translation>Si può continuare solo l&apos;ultima risposta di una conversazione; questa ha già messaggi successivi.</translation>
    </message>
    <message>
        <source>This answer is still being written; stop it first.</source>
        <translation>Questa risposta è ancora in scrittura; fermala prima.</translation>
    </message>
    <message>
        <source>The message could not be shown: %1</source>
        <translation>Impossibile mostrare il messaggio: %1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1 (diramazione)</translation>
    </message>
</context>
<context>
    <name>mdi::ChatTemplate</name>
    <message>
        <source>message %1: must be an object with &quot;role&quot; and &quot;content&quot;</source>
        <translation>messaggio %1: deve essere un oggetto con &quot;role&quot; e &quot;content&quot;</translation>
    </message>
    <message>
        <source>message %1: &quot;role&quot; must be a non-empty string</source>
        <translation>messaggio %1: &quot;role&quot; deve essere una stringa non vuota</translation>
    </message>
    <message>
        <source>message %1: &quot;content&quot; must be a string or a list of parts</source>
        <translation>messaggio %1: &quot;content&quot; deve essere una stringa o un elenco di parti</translation>
    </message>
    <message>
        <source>image %1 has %2 tokens; it must have at least one</source>
        <translation>l&apos;immagine %1 ha %2 token; deve averne almeno uno</translation>
    </message>
    <message>
        <source>message %1, part %2</source>
        <translation>messaggio %1, parte %2</translation>
    </message>
    <message>
        <source>%1: a content part must be an object</source>
        <translation>%1: una parte del contenuto deve essere un oggetto</translation>
    </message>
    <message>
        <source>%1: an image part needs a non-empty &quot;image&quot; or &quot;image_url&quot; reference</source>
        <translation>%1: una parte immagine richiede un riferimento &quot;image&quot; o &quot;image_url&quot; non vuoto</translation>
    </message>
    <message>
        <source>%1: video input is not supported</source>
        <translation>%1: l&apos;input video non è supportato</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; must be a string</source>
        <translation>%1: &quot;text&quot; deve essere una stringa</translation>
    </message>
    <message>
        <source>%1: unknown part type &apos;%2&apos;</source>
        <translation>%1: tipo di parte sconosciuto &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: a text part needs a &quot;text&quot; string</source>
        <translation>%1: una parte di testo richiede una stringa &quot;text&quot;</translation>
    </message>
    <message>
        <source>%1: the part has no &quot;type&quot;, &quot;text&quot; or &quot;image&quot;</source>
        <translation>%1: la parte non ha né &quot;type&quot;, né &quot;text&quot;, né &quot;image&quot;</translation>
    </message>
    <message>
        <source>the prompt has %1 but %2 were given</source>
        <translation>il prompt ha %1, ma sono state fornite %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image placeholder(s)</source>
        <translation>
            <numerusform>%n segnaposto per immagine</numerusform>
            <numerusform>%n segnaposto per immagini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n immagine</numerusform>
            <numerusform>%n immagini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>Drop an image here or type a question below to start.</source>
        <translation>Trascina qui un&apos;immagine o scrivi una domanda qui sotto per iniziare.</translation>
    </message>
</context>
<context>
    <name>mdi::Checkpoint</name>
    <message>
        <source>%1 and %2 are both present; %1 is used, as transformers does</source>
        <translation>%1 e %2 sono entrambi presenti; viene usato %1, come fa transformers</translation>
    </message>
    <message>
        <source>%1: field &apos;weight_map&apos; is missing or not an object</source>
        <translation>%1: il campo &apos;weight_map&apos; è assente o non è un oggetto</translation>
    </message>
    <message>
        <source>%1: &apos;weight_map&apos; lists no tensors</source>
        <translation>%1: &apos;weight_map&apos; non elenca alcun tensore</translation>
    </message>
    <message>
        <source>%1: tensor %2 maps to %3, which is not a file name in the checkpoint folder</source>
        <translation>%1: il tensore %2 punta a %3, che non è un nome di file nella cartella del checkpoint</translation>
    </message>
    <message>
        <source>%1: names shard %2, which is not in %3</source>
        <translation>%1: cita il frammento %2, che non è in %3</translation>
    </message>
    <message>
        <source>%1: tensor %2 is listed in shard %3, which does not contain it</source>
        <translation>%1: il tensore %2 è elencato nel frammento %3, che non lo contiene</translation>
    </message>
    <message>
        <source>%1: tensor %2 is not listed in %3</source>
        <translation>%1: il tensore %2 non è elencato in %3</translation>
    </message>
    <message>
        <source>%1: tensor %2 is listed in %3 under shard %4</source>
        <translation>%1: il tensore %2 è elencato in %3 sotto il frammento %4</translation>
    </message>
    <message>
        <source>%1: the index and the shards disagree:
  %2</source>
        <translation>%1: l&apos;indice e i frammenti non concordano:
  %2</translation>
    </message>
    <message>
        <source>%1: metadata.total_size is %2 but the shards hold %3 bytes of tensors</source>
        <translation>%1: metadata.total_size è %2, ma i frammenti contengono %3 byte di tensori</translation>
    </message>
    <message>
        <source>tensor %1 is stored twice: as %2 in %3 and as %4 in %5</source>
        <translation>il tensore %1 è memorizzato due volte: come %2 in %3 e come %4 in %5</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, the config implies %4</source>
        <translation>%1: il tensore %2 ha forma %3, la configurazione implica %4</translation>
    </message>
    <message>
        <source>%1: tensor %2 has dtype %3; weights must be F32, F16 or BF16</source>
        <translation>%1: il tensore %2 ha dtype %3; i pesi devono essere F32, F16 o BF16</translation>
    </message>
    <message>
        <source>%1: holds %2 although config.json ties the head to the embedding; it is ignored</source>
        <translation>%1: contiene %2 sebbene config.json leghi la testa all&apos;embedding; viene ignorato</translation>
    </message>
    <message>
        <source>%1: holds the rotary buffer %2, which is ignored</source>
        <translation>%1: contiene il buffer rotatorio %2, che viene ignorato</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>missing (%1): %2</source>
        <translation>mancanti (%1): %2</translation>
    </message>
    <message>
        <source>unexpected (%1): %2</source>
        <translation>inattesi (%1): %2</translation>
    </message>
    <message>
        <source>%1: the weights do not match config.json:
  %2</source>
        <translation>%1: i pesi non corrispondono a config.json:
  %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> e %n altro</numerusform>
            <numerusform> e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no weights found: neither %2 nor %3 is there</source>
        <translation>%1: nessun peso trovato: non sono presenti né %2 né %3</translation>
    </message>
    <message>
        <source> (found %1 without the index that says which tensors they hold)</source>
        <translation> (trovati %1 senza l&apos;indice che indica quali tensori contengono)</translation>
    </message>
    <message>
        <source> (found PyTorch weights %1; MDI Chat reads only safetensors: convert them first)</source>
        <translation> (trovati pesi PyTorch %1; MDI Chat legge solo safetensors: convertili prima)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) missing from their shards</source>
        <translation>
            <numerusform>... e %n altro tensore mancante dal rispettivo frammento</numerusform>
            <numerusform>... e altri %n tensori mancanti dai rispettivi frammenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) missing from the index</source>
        <translation>
            <numerusform>... e %n altro tensore mancante dall&apos;indice</numerusform>
            <numerusform>... e altri %n tensori mancanti dall&apos;indice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) with a wrong shape</source>
        <translation>
            <numerusform>... e %n altro tensore con forma errata</numerusform>
            <numerusform>... e altri %n tensori con forma errata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) with a non-float dtype</source>
        <translation>
            <numerusform>... e %n altro tensore con un dtype non in virgola mobile</numerusform>
            <numerusform>... e altri %n tensori con un dtype non in virgola mobile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) stored twice</source>
        <translation>
            <numerusform>... e %n altro tensore memorizzato due volte</numerusform>
            <numerusform>... e altri %n tensori memorizzati due volte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::CodeBlockView</name>
    <message>
        <source>Code block</source>
        <translation>Blocco di codice</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copia il codice</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copia codice</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>mdi::Composer</name>
    <message>
        <source>Message composer</source>
        <translation>Editor dei messaggi</translation>
    </message>
    <message>
        <source>Ask about an image, or anything else. Enter sends, Shift+Enter starts a new line; drop or paste images.</source>
        <translation>Chiedi qualcosa su un&apos;immagine o su qualsiasi altro argomento. Invio invia, Maiusc+Invio va a capo; trascina o incolla le immagini.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Attach images (you can also drop or paste them)</source>
        <translation>Allega immagini (puoi anche trascinarle o incollarle)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Allega immagini</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>immagine incollata</translation>
    </message>
    <message>
        <source>%1 is already attached.</source>
        <translation>%1 è già allegata.</translation>
    </message>
    <message>
        <source>Images cannot be added: the history folder is not available.</source>
        <translation>Impossibile aggiungere immagini: la cartella della cronologia non è disponibile.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non aggiunta: %1</translation>
    </message>
    <message>
        <source>The pasted image was not added: %1</source>
        <translation>L&apos;immagine incollata non è stata aggiunta: %1</translation>
    </message>
    <message>
        <source>Attach Images</source>
        <translation>Allega immagini</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Immagini (%1);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what was written so far is kept</source>
        <translation>Interrompi la risposta (Esc); quanto scritto finora viene conservato</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>Interrompi la generazione</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Invia il messaggio (Invio)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Invia messaggio</translation>
    </message>
    <message>
        <source>Images and PDFs (%1);;All files (*)</source>
        <translation>Immagini e PDF (%1);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Not added: %1: even its first page needs about %2 image tokens, more than the model&apos;s context of %3 tokens leaves for it.</source>
        <translation>Non aggiunto: %1: già la prima pagina richiede circa %2 token d&apos;immagine, più di quanto lasci il contesto del modello di %3 token.</translation>
    </message>
    <message>
        <source>%1 has %2 pages; pages 1–%3 are attached, as many as one message for this model takes. Change the range on its chip to read others.</source>
        <translation>%1 ha %2 pagine; sono allegate le pagine 1–%3, quante ne accetta un messaggio per questo modello. Cambia l&apos;intervallo sulla sua scheda per leggerne altre.</translation>
    </message>
    <message>
        <source>Pages %1–%2 of %3 are %4 pages; one message takes at most %5. Choose fewer pages.</source>
        <translation>Le pagine %1–%2 di %3 sono %4 pagine; un messaggio ne accetta al massimo %5. Scegli meno pagine.</translation>
    </message>
    <message>
        <source>Pages %1–%2 of %3 need about %4 image tokens; the model&apos;s context of %5 tokens leaves room for about %6 here. Choose fewer pages.</source>
        <translation>Le pagine %1–%2 di %3 richiedono circa %4 token d&apos;immagine; il contesto del modello di %5 token lascia qui spazio per circa %6. Scegli meno pagine.</translation>
    </message>
    <message>
        <source>Not added: %1, page %2: %3</source>
        <translation>Non aggiunto: %1, pagina %2: %3</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationActions</name>
    <message>
        <source>Sampling and System &amp;Prompt…</source>
        <translation>Campionamento e &amp;prompt di sistema…</translation>
    </message>
    <message>
        <source>How this conversation&apos;s answers choose their words, and its own system prompt</source>
        <translation>Come le risposte di questa conversazione scelgono le parole, e il suo prompt di sistema</translation>
    </message>
    <message>
        <source>C&amp;ontinue Answer</source>
        <translation>C&amp;ontinua la risposta</translation>
    </message>
    <message>
        <source>Continue writing the last answer where it stopped</source>
        <translation>Continua a scrivere l&apos;ultima risposta da dove si è fermata</translation>
    </message>
    <message>
        <source>&amp;Fork Conversation</source>
        <translation>&amp;Dirama la conversazione</translation>
    </message>
    <message>
        <source>Start a new conversation with the messages so far</source>
        <translation>Inizia una nuova conversazione con i messaggi fin qui</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationExporter</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversazione senza titolo</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt di sistema</translation>
    </message>
    <message>
        <source>(stopped before the end)</source>
        <translation>(interrotta prima della fine)</translation>
    </message>
    <message>
        <source>(the answer failed)</source>
        <translation>(la risposta non è riuscita)</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(incompleta)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: impossibile creare la cartella</translation>
    </message>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: file non trovato (%2)</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: non è un file</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; at most %3 MB can be imported</source>
        <translation>%1: il file è di %2 MB; si possono importare al massimo %3 MB</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: impossibile aprire: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1: JSON non valido (%2 al byte %3)</translation>
    </message>
    <message>
        <source>%1: not an MDI Chat conversation (the JSON is not an object)</source>
        <translation>%1: non è una conversazione di MDI Chat (il JSON non è un oggetto)</translation>
    </message>
    <message>
        <source>%1: not an MDI Chat conversation (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1: non è una conversazione di MDI Chat (&quot;format&quot; non è &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: written by a newer version of MDI Chat (format version %2; this version reads up to %3)</source>
        <translation>%1: scritto da una versione più recente di MDI Chat (versione del formato %2; questa versione legge fino alla %3)</translation>
    </message>
    <message>
        <source>%1 images; at most %2 are allowed</source>
        <translation>%1 immagini; ne sono consentite al massimo %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 digest (64 lower-case hex digits)</source>
        <translation>&quot;%1&quot; non è un digest SHA-256 (64 cifre esadecimali minuscole)</translation>
    </message>
    <message>
        <source>must be an object with a base64 &quot;data&quot; string</source>
        <translation>deve essere un oggetto con una stringa &quot;data&quot; in base64</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>messaggio %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve essere un oggetto</translation>
    </message>
    <message>
        <source>&quot;state&quot; must be complete, streaming, stopped or failed; got &quot;%1&quot;</source>
        <translation>&quot;state&quot; deve essere complete, streaming, stopped o failed; ricevuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>each image must be an object</source>
        <translation>ogni immagine deve essere un oggetto</translation>
    </message>
    <message>
        <source>the image %1 is not in the file&apos;s &quot;images&quot;</source>
        <translation>l&apos;immagine %1 non è in &quot;images&quot; del file</translation>
    </message>
    <message>
        <source>%1: the image %2 is not valid base64</source>
        <translation>%1: l&apos;immagine %2 non è in base64 valido</translation>
    </message>
    <message>
        <source>%1: the image %2 does not match its SHA-256 digest (the file is damaged)</source>
        <translation>%1: l&apos;immagine %2 non corrisponde al suo digest SHA-256 (il file è danneggiato)</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: impossibile scrivere il file: %2</translation>
    </message>
    <message>
        <source>%1: the image file is missing from %2</source>
        <translation>%1: il file immagine manca da %2</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: impossibile leggere %2: %3</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
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
        <translation>Impostazioni della nuova chat</translation>
    </message>
    <message>
        <source>Conversation Settings</source>
        <translation>Impostazioni della conversazione</translation>
    </message>
    <message>
        <source>How answers choose their words</source>
        <translation>Come le risposte scelgono le parole</translation>
    </message>
    <message>
        <source>&amp;System prompt for this conversation</source>
        <translation>&amp;Prompt di sistema di questa conversazione</translation>
    </message>
    <message>
        <source>Instructions the model reads before every message of this conversation, for example &quot;Answer in German&quot; or &quot;You are a careful proofreader&quot;. Empty: none.</source>
        <translation>Istruzioni che il modello legge prima di ogni messaggio di questa conversazione, per esempio «Rispondi in tedesco» o «Sei un correttore attento». Vuoto: nessuna.</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationSidebar</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Esporta come &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Esporta come &amp;JSON…</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversazioni</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuova chat</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Inizia una nuova conversazione</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Inizia una nuova conversazione (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Cerca nelle conversazioni</translation>
    </message>
    <message>
        <source>Finds conversations whose messages or title contain every word (Ctrl+F)</source>
        <translation>Trova le conversazioni i cui messaggi o il cui titolo contengono tutte le parole (Ctrl+F)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <source>%1
Last message: %2</source>
        <translation>%1
Ultimo messaggio: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) match the search</source>
        <translation>
            <numerusform>%n conversazione corrisponde alla ricerca</numerusform>
            <numerusform>%n conversazioni corrispondono alla ricerca</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation matches the search.</source>
        <translation>Nessuna conversazione corrisponde alla ricerca.</translation>
    </message>
    <message>
        <source>&amp;Pin to Top</source>
        <translation>&amp;Fissa in alto</translation>
    </message>
    <message>
        <source>Writing an answer…</source>
        <translation>Sta scrivendo una risposta…</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fissate</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Meno recenti</translation>
    </message>
</context>
<context>
    <name>mdi::CorsPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a web origin: give scheme, host and port as the browser shows them, such as http://localhost:3000</source>
        <translation>&apos;%1&apos; non è un&apos;origine web: indica schema, host e porta come li mostra il browser, per esempio http://localhost:3000</translation>
    </message>
</context>
<context>
    <name>mdi::DecoderLayers</name>
    <message numerus="yes">
        <source>Layer range %1-%2 is not inside the model&apos;s %n layer(s).</source>
        <translation>
            <numerusform>L&apos;intervallo di strati %1-%2 non rientra negli strati del modello (%n strato).</numerusform>
            <numerusform>L&apos;intervallo di strati %1-%2 non rientra nei %n strati del modello.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden states must be [n, %1].</source>
        <translation>Gli stati nascosti devono essere [n, %1].</translation>
    </message>
    <message>
        <source>%1 hidden states came with %2 positions.</source>
        <translation>%1 stati nascosti sono arrivati con %2 posizioni.</translation>
    </message>
    <message numerus="yes">
        <source>The KV cache holds %n layer(s); this stage has %1.</source>
        <translation>
            <numerusform>La cache KV contiene %n strato; questo stadio ne ha %1.</numerusform>
            <numerusform>La cache KV contiene %n strati; questo stadio ne ha %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoder layers %1-%2 failed: %3</source>
        <translation>Gli strati del decoder %1-%2 non sono riusciti: %3</translation>
    </message>
</context>
<context>
    <name>mdi::DemoScreenshot</name>
    <message>
        <source>Sunset over the lake</source>
        <translation>Tramonto sul lago</translation>
    </message>
    <message>
        <source>What time of day is it in this picture? And how could I draw the sun&apos;s glow with QPainter?</source>
        <translation>Che ora del giorno è in questa immagine? E come potrei disegnare il bagliore del sole con QPainter?</translation>
    </message>
    <message>
        <source>Evening, shortly before sunset.</source>
        <translation>Sera, poco prima del tramonto.</translation>
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
        <translation>È il **tramonto** (o poco prima): il sole è basso sopra le colline, il cielo passa dal blu intenso all&apos;*arancione* e la sua luce si riflette sul lago.

Un bagliore morbido è un `QRadialGradient` che sfuma fino a diventare trasparente:

```cpp
QRadialGradient glow(centre, 70);
glow.setColorAt(0.0, QColor(255, 244, 201));
glow.setColorAt(1.0, QColor(255, 211, 110, 0)); // bordo trasparente
painter.setBrush(glow);
painter.drawEllipse(centre, 70, 70);
```

Disegnalo **prima** delle colline, così che ne coprano la metà inferiore.</translation>
    </message>
    <message>
        <source>Make the sky a little darker</source>
        <translation>Rendi il cielo un po&apos; più scuro</translation>
    </message>
    <message>
        <source>12.4 tokens/s</source>
        <translation>12,4 token/s</translation>
    </message>
    <message>
        <source>Context 449 / 32,768</source>
        <translation>Contesto 449 / 32.768</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>Impossibile creare una cartella temporanea.</translation>
    </message>
    <message>
        <source>Sorting a list of tuples in Python</source>
        <translation>Ordinare un elenco di tuple in Python</translation>
    </message>
    <message>
        <source>Recipe ideas for leftover rice</source>
        <translation>Idee di ricette per il riso avanzato</translation>
    </message>
    <message>
        <source>Layers 0–28 on this computer</source>
        <translation>Strati 0–28 su questo computer</translation>
    </message>
    <message>
        <source>27.1 tokens/s</source>
        <translation>27,1 token/s</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoverCommand</name>
    <message>
        <source>Lists the MDI Chat nodes (mdi-node) on the local network.</source>
        <translation>Elenca i nodi MDI Chat (mdi-node) nella rete locale.</translation>
    </message>
    <message>
        <source>List peers.</source>
        <translation>Elenca i peer.</translation>
    </message>
    <message>
        <source>Seconds to listen (default 3).</source>
        <translation>Secondi di ascolto (predefinito: 3).</translation>
    </message>
    <message>
        <source>Also listen and ask on 127.0.0.1.</source>
        <translation>Ascolta e interroga anche su 127.0.0.1.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Stampa un array JSON.</translation>
    </message>
    <message>
        <source>UDP port to listen on for beacons.</source>
        <translation>Porta UDP su cui ascoltare i beacon.</translation>
    </message>
    <message>
        <source>UDP port nodes take queries on.</source>
        <translation>Porta UDP su cui i nodi ricevono le richieste.</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 0 to 3600.</source>
        <translation>--timeout accetta secondi da 0 a 3600.</translation>
    </message>
    <message>
        <source>--beacon-port and --query-port take numbers from 1 to 65535.</source>
        <translation>--beacon-port e --query-port accettano numeri da 1 a 65535.</translation>
    </message>
    <message>
        <source>No nodes answered.</source>
        <translation>Nessun nodo ha risposto.</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoveryBeacon</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; non è un id di nodo valido.</translation>
    </message>
    <message>
        <source>A beacon needs the node&apos;s TCP port.</source>
        <translation>Un beacon richiede la porta TCP del nodo.</translation>
    </message>
    <message>
        <source>The beacon takes %1 bytes; at most %2 are allowed.</source>
        <translation>Il beacon occupa %1 byte; ne sono consentiti al massimo %2.</translation>
    </message>
    <message>
        <source>a beacon of %1 bytes is larger than %2</source>
        <translation>un beacon di %1 byte supera i %2</translation>
    </message>
    <message>
        <source>not an MDI beacon</source>
        <translation>non è un beacon MDI</translation>
    </message>
    <message>
        <source>is 0</source>
        <translation>è 0</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>ha il valore sconosciuto %1</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>non è un id valido</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>è negativo</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>è fuori intervallo</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caratteri di controllo</translation>
    </message>
    <message>
        <source>malformed beacon: %1</source>
        <translation>beacon malformato: %1</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoveryService</name>
    <message>
        <source>Cannot listen for peer discovery on UDP port %1: %2</source>
        <translation>Impossibile restare in ascolto per il rilevamento dei peer sulla porta UDP %1: %2</translation>
    </message>
</context>
<context>
    <name>mdi::DownloadCommand</name>
    <message>
        <source>  %1 left</source>
        <translation>  mancano %1</translation>
    </message>
    <message>
        <source>Downloads a model from the Hugging Face hub into its cache, resumably, verifying every file&apos;s hash.</source>
        <translation>Scarica un modello dall&apos;hub di Hugging Face nella sua cache, con ripresa del download, verificando l&apos;hash di ogni file.</translation>
    </message>
    <message>
        <source>Repository, e.g. Qwen/Qwen2-VL-2B-Instruct.</source>
        <translation>Repository, ad es. Qwen/Qwen2-VL-2B-Instruct.</translation>
    </message>
    <message>
        <source>Branch, tag or commit (default main).</source>
        <translation>Branch, tag o commit (predefinito: main).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>The hub cache folder to download into (default: %1).</source>
        <translation>La cartella della cache dell&apos;hub in cui scaricare (predefinita: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The hub or a mirror (default: the app&apos;s setting, %1).</source>
        <translation>L&apos;hub o un mirror (predefinito: l&apos;impostazione dell&apos;app, %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Seconds without data before giving up (default 30).</source>
        <translation>Secondi senza dati prima di rinunciare (predefinito: 30).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--timeout: give a number of seconds above 0
</source>
        <translation>--timeout: indica un numero di secondi maggiore di 0
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>errore: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n file(s), %3
</source>
        <translation>
            <numerusform>%1 a %2: %n file, %3
</numerusform>
            <numerusform>%1 a %2: %n file, %3
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::Engine</name>
    <message>
        <source>No model is loaded.</source>
        <translation>Nessun modello caricato.</translation>
    </message>
</context>
<context>
    <name>mdi::EngineArguments</name>
    <message>
        <source>--%1 needs a number in range, not &apos;%2&apos;</source>
        <translation>--%1 richiede un numero nell&apos;intervallo, non &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Checkpoint folder (Hugging Face layout).</source>
        <translation>Cartella del checkpoint (struttura Hugging Face).</translation>
    </message>
    <message>
        <source>Compute threads (default: physical cores).</source>
        <translation>Thread di calcolo (predefinito: core fisici).</translation>
    </message>
    <message>
        <source>Largest image area in pixels after resizing (default: the model&apos;s).</source>
        <translation>Area massima dell&apos;immagine in pixel dopo il ridimensionamento (predefinita: quella del modello).</translation>
    </message>
    <message>
        <source>Split the decoder layers across N local stages (worker threads).</source>
        <translation>Suddividi gli strati del decoder in N stadi locali (thread di lavoro).</translation>
    </message>
    <message>
        <source>Explicit layer ranges, one local stage each, e.g. &quot;0-9,9-19,19-28&quot;.</source>
        <translation>Intervalli di strati espliciti, uno stadio locale ciascuno, ad es. &quot;0-9,9-19,19-28&quot;.</translation>
    </message>
    <message>
        <source>Compute threads per stage (default: cores / stages).</source>
        <translation>Thread di calcolo per stadio (predefinito: core / stadi).</translation>
    </message>
    <message>
        <source>An mdi-node to run stages on (repeatable): with K peers the last K stages of the plan run on them, in order (default: --stages K).</source>
        <translation>Un mdi-node su cui eseguire stadi (ripetibile): con K peer, gli ultimi K stadi del piano vengono eseguiti su di essi, in ordine (predefinito: --stages K).</translation>
    </message>
    <message>
        <source>The pairing code of the peers (one per --peer, or one for all).</source>
        <translation>Il codice di abbinamento dei peer (uno per ogni --peer, o uno per tutti).</translation>
    </message>
    <message>
        <source>--stages must be at least 1</source>
        <translation>--stages deve essere almeno 1</translation>
    </message>
    <message>
        <source>Give one --pairing-code for all peers or one per --peer.</source>
        <translation>Indica un --pairing-code per tutti i peer o uno per ogni --peer.</translation>
    </message>
    <message>
        <source>--peer takes HOST:PORT, not &apos;%1&apos;.</source>
        <translation>--peer accetta HOST:PORT, non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Weight precision: auto (default: the fastest that keeps quality on this CPU), best (the checkpoint&apos;s own), f32, bf16, q8 (8-bit) or q4 (4-bit).</source>
        <translation>Precisione dei pesi: auto (predefinita: la più veloce che mantiene la qualità su questa CPU), best (quella del checkpoint), f32, bf16, q8 (8-bit) o q4 (4-bit).</translation>
    </message>
    <message>
        <source>--dtype must be one of %1, not &apos;%2&apos;</source>
        <translation>--dtype deve essere uno tra %1, non &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Answers decoded together in one pass through the weights (default 8; 1: one at a time).</source>
        <translation>Risposte decodificate insieme in un unico passaggio sui pesi (predefinito 8; 1: una alla volta).</translation>
    </message>
    <message>
        <source>Prompt tokens read per pass (default 256; fewer while other answers decode).</source>
        <translation>Token del prompt letti per passaggio (predefinito 256; meno mentre altre risposte vengono decodificate).</translation>
    </message>
    <message>
        <source>--max-batch must be between 1 and 256</source>
        <translation>--max-batch deve essere compreso tra 1 e 256</translation>
    </message>
    <message>
        <source>--prefill-chunk must be at least 1</source>
        <translation>--prefill-chunk deve essere almeno 1</translation>
    </message>
</context>
<context>
    <name>mdi::ForwardBatchMessage</name>
    <message>
        <source>a ForwardBatch needs at least one entry</source>
        <translation>un ForwardBatch richiede almeno una voce</translation>
    </message>
    <message>
        <source>an entry needs at least one token</source>
        <translation>una voce richiede almeno un token</translation>
    </message>
    <message>
        <source>session %1 appears twice</source>
        <translation>la sessione %1 compare due volte</translation>
    </message>
    <message>
        <source>the entries hold more than %1 tokens</source>
        <translation>le voci contengono più di %1 token</translation>
    </message>
</context>
<context>
    <name>mdi::ForwardMessage</name>
    <message>
        <source>a Forward needs at least one token</source>
        <translation>un Forward richiede almeno un token</translation>
    </message>
    <message>
        <source>%1 rows of hidden states for %2 tokens</source>
        <translation>%1 righe di stati nascosti per %2 token</translation>
    </message>
    <message>
        <source>hidden states need at least one column</source>
        <translation>gli stati nascosti richiedono almeno una colonna</translation>
    </message>
</context>
<context>
    <name>mdi::FrameReader</name>
    <message>
        <source>the stream does not start with an MDI frame (bad magic bytes %1)</source>
        <translation>il flusso non inizia con un frame MDI (byte magici errati %1)</translation>
    </message>
    <message>
        <source>the peer speaks protocol version %1; this program speaks version %2</source>
        <translation>il peer parla la versione %1 del protocollo; questo programma parla la versione %2</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>tipo di messaggio sconosciuto %1</translation>
    </message>
    <message>
        <source>reserved flags 0x%1 are set in a %2 frame</source>
        <translation>in un frame %2 sono impostati i flag riservati 0x%1</translation>
    </message>
    <message>
        <source>a %1 frame of %2 bytes exceeds the limit of %3 bytes</source>
        <translation>un frame %1 di %2 byte supera il limite di %3 byte</translation>
    </message>
</context>
<context>
    <name>mdi::FrameWriter</name>
    <message>
        <source>a %1 message of %2 bytes exceeds the frame limit of %3 bytes</source>
        <translation>un messaggio %1 di %2 byte supera il limite di frame di %3 byte</translation>
    </message>
    <message>
        <source>could not send a %1 message: %2</source>
        <translation>impossibile inviare un messaggio %1: %2</translation>
    </message>
</context>
<context>
    <name>mdi::GenerateCommand</name>
    <message>
        <source>MDI Chat on the command line: one prompt and images in, the answer out.

Commands (mdi-run COMMAND --help):
%1</source>
        <translation>MDI Chat dalla riga di comando: in ingresso un prompt e delle immagini, in uscita la risposta.

Comandi (mdi-run COMMAND --help):
%1</translation>
    </message>
    <message>
        <source>The user message.</source>
        <translation>Il messaggio dell&apos;utente.</translation>
    </message>
    <message>
        <source>A system message.</source>
        <translation>Un messaggio di sistema.</translation>
    </message>
    <message>
        <source>A JSON file with &quot;messages&quot; (Hugging Face chat format) and optional &quot;chat_template_kwargs&quot;.</source>
        <translation>Un file JSON con &quot;messages&quot; (formato chat di Hugging Face) e &quot;chat_template_kwargs&quot; facoltativo.</translation>
    </message>
    <message>
        <source>Folder that relative image names in --messages resolve against.</source>
        <translation>Cartella rispetto alla quale vengono risolti i nomi di immagine relativi in --messages.</translation>
    </message>
    <message>
        <source>Keep the K most likely tokens (0: off).</source>
        <translation>Mantieni i K token più probabili (0: disattivato).</translation>
    </message>
    <message>
        <source>Nucleus sampling threshold.</source>
        <translation>Soglia del campionamento nucleus.</translation>
    </message>
    <message>
        <source>Drop tokens below P times the top probability.</source>
        <translation>Scarta i token sotto P volte la probabilità massima.</translation>
    </message>
    <message>
        <source>Repetition penalty (1: off).</source>
        <translation>Penalità di ripetizione (1: disattivata).</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>Seed casuale (predefinito: 0).</translation>
    </message>
    <message>
        <source>A stop string (repeatable).</source>
        <translation>Una stringa di arresto (ripetibile).</translation>
    </message>
    <message>
        <source>Keep generating after end-of-sequence.</source>
        <translation>Continua a generare dopo la fine della sequenza.</translation>
    </message>
    <message>
        <source>Print one JSON object with tokens, text and statistics.</source>
        <translation>Stampa un oggetto JSON con token, testo e statistiche.</translation>
    </message>
    <message>
        <source>Generate K answers at once with seeds S..S+K-1 (--json prints an array).</source>
        <translation>Genera K risposte contemporaneamente con i seed S..S+K-1 (--json stampa un array).</translation>
    </message>
    <message>
        <source>--model DIR is required (see --help)</source>
        <translation>--model DIR è obbligatorio (vedi --help)</translation>
    </message>
    <message>
        <source>give either --prompt or --messages</source>
        <translation>indica --prompt oppure --messages</translation>
    </message>
    <message>
        <source>--parallel must be at least 1</source>
        <translation>--parallel deve essere almeno 1</translation>
    </message>
    <message>
        <source>With --json: each generated token&apos;s log-probability and the N most likely tokens of its step (0 to %1), under &quot;logprobs&quot; as in OpenAI&apos;s chat API; from the model&apos;s distribution, before temperature and top-k/top-p. Keeps every step&apos;s logits (0.6 MB each for Qwen2-VL).</source>
        <translation>Con --json: la log-probabilità di ogni token generato e gli N token più probabili del suo passo (da 0 a %1), in &quot;logprobs&quot; come nell&apos;API di chat di OpenAI; dalla distribuzione del modello, prima di temperatura e top-k/top-p. Conserva i logit di ogni passo (0,6 MB ciascuno per Qwen2-VL).</translation>
    </message>
    <message>
        <source>--logprobs must be between 0 and %1, not &apos;%2&apos;</source>
        <translation>--logprobs deve essere compreso tra 0 e %1, non &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--logprobs needs --json (the log-probabilities are part of the JSON answer)</source>
        <translation>--logprobs richiede --json (le log-probabilità fanno parte della risposta JSON)</translation>
    </message>
    <message>
        <source>Most tokens to generate (default: the model&apos;s generation_config.json, else 512).</source>
        <translation>Numero massimo di token da generare (predefinito: generation_config.json del modello, altrimenti 512).</translation>
    </message>
    <message>
        <source>Sampling temperature; 0 is greedy. Giving it, --top-p, --top-k or --min-p replaces the model&apos;s generation_config.json sampling: what is not given is 1 (temperature, top-p) or off (top-k, min-p).</source>
        <translation>Temperatura di campionamento; 0 è greedy. Indicarla, o --top-p, --top-k o --min-p, sostituisce il campionamento di generation_config.json del modello: ciò che non è indicato vale 1 (temperatura, top-p) o è disattivato (top-k, min-p).</translation>
    </message>
    <message>
        <source>An image for the prompt, or a PDF: one image per page (repeatable).</source>
        <translation>Un&apos;immagine per il prompt, o un PDF: un&apos;immagine per pagina (ripetibile).</translation>
    </message>
</context>
<context>
    <name>mdi::HistorySchema</name>
    <message>
        <source>%1: cannot read the chat history; the file is damaged or not an SQLite database (%2)</source>
        <translation>%1: impossibile leggere la cronologia delle chat; il file è danneggiato o non è un database SQLite (%2)</translation>
    </message>
    <message>
        <source>%1: this SQLite file belongs to another application (application id %2); it was left unchanged</source>
        <translation>%1: questo file SQLite appartiene a un&apos;altra applicazione (id applicazione %2); è stato lasciato invariato</translation>
    </message>
    <message>
        <source>%1: the chat history was written by a newer version of MDI Chat (schema version %2; this version understands up to %3). It was left unchanged; update MDI Chat to open it.</source>
        <translation>%1: la cronologia delle chat è stata scritta da una versione più recente di MDI Chat (versione dello schema %2; questa versione comprende fino alla %3). È stata lasciata invariata; aggiorna MDI Chat per aprirla.</translation>
    </message>
    <message>
        <source>%1: the chat history has an invalid schema version %2</source>
        <translation>%1: la cronologia delle chat ha una versione dello schema non valida %2</translation>
    </message>
    <message>
        <source>%1: this SQLite file is not an MDI Chat history (schema version %2 without MDI Chat&apos;s application id); it was left unchanged</source>
        <translation>%1: questo file SQLite non è una cronologia di MDI Chat (versione dello schema %2 senza l&apos;id applicazione di MDI Chat); è stato lasciato invariato</translation>
    </message>
    <message>
        <source>%1: cannot read the chat history (%2)</source>
        <translation>%1: impossibile leggere la cronologia delle chat (%2)</translation>
    </message>
    <message>
        <source>%1: this SQLite file holds tables of another application; it was left unchanged</source>
        <translation>%1: questo file SQLite contiene tabelle di un&apos;altra applicazione; è stato lasciato invariato</translation>
    </message>
    <message>
        <source>%1: cannot configure the database (%2)</source>
        <translation>%1: impossibile configurare il database (%2)</translation>
    </message>
    <message>
        <source>%1: cannot lock the database to upgrade it (%2)</source>
        <translation>%1: impossibile bloccare il database per aggiornarlo (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version (%2)</source>
        <translation>%1: impossibile leggere la versione dello schema (%2)</translation>
    </message>
    <message>
        <source>%1: the chat history was upgraded by a newer version of MDI Chat (schema version %2)</source>
        <translation>%1: la cronologia delle chat è stata aggiornata da una versione più recente di MDI Chat (versione dello schema %2)</translation>
    </message>
    <message>
        <source>%1: cannot upgrade the chat history to schema version %2 (%3)</source>
        <translation>%1: impossibile aggiornare la cronologia delle chat alla versione dello schema %2 (%3)</translation>
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
        <translation>il database è occupato o di sola lettura</translation>
    </message>
    <message>
        <source>cannot save the change</source>
        <translation>impossibile salvare la modifica</translation>
    </message>
    <message>
        <source>cannot read the messages</source>
        <translation>impossibile leggere i messaggi</translation>
    </message>
    <message>
        <source>cannot read the attachments</source>
        <translation>impossibile leggere gli allegati</translation>
    </message>
    <message>
        <source>cannot save an image attachment</source>
        <translation>impossibile salvare un allegato immagine</translation>
    </message>
    <message>
        <source>%1: the history writer is not running</source>
        <translation>%1: il processo di scrittura della cronologia non è in esecuzione</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed; the chat history cannot be opened.</source>
        <translation>Il driver SQLite di Qt (QSQLITE) non è installato; impossibile aprire la cronologia delle chat.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the chat history</source>
        <translation>%1: impossibile creare la cartella per la cronologia delle chat</translation>
    </message>
    <message>
        <source>%1: cannot open the chat history (%2)</source>
        <translation>%1: impossibile aprire la cronologia delle chat (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open the chat history for reading (%2)</source>
        <translation>%1: impossibile aprire la cronologia delle chat in lettura (%2)</translation>
    </message>
    <message>
        <source>cannot read conversation %1</source>
        <translation>impossibile leggere la conversazione %1</translation>
    </message>
    <message>
        <source>Conversation %1 does not exist (it may have been deleted).</source>
        <translation>La conversazione %1 non esiste (potrebbe essere stata eliminata).</translation>
    </message>
    <message>
        <source>Message %1 does not exist (it may have been deleted).</source>
        <translation>Il messaggio %1 non esiste (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 are allowed.</source>
        <translation>Il titolo è lungo %1 caratteri; ne sono consentiti al massimo %2.</translation>
    </message>
    <message>
        <source>cannot create a conversation</source>
        <translation>impossibile creare una conversazione</translation>
    </message>
    <message>
        <source>cannot rename conversation %1</source>
        <translation>impossibile rinominare la conversazione %1</translation>
    </message>
    <message>
        <source>cannot save the settings of conversation %1</source>
        <translation>impossibile salvare le impostazioni della conversazione %1</translation>
    </message>
    <message>
        <source>cannot read the attachments of conversation %1</source>
        <translation>impossibile leggere gli allegati della conversazione %1</translation>
    </message>
    <message>
        <source>cannot delete conversation %1</source>
        <translation>impossibile eliminare la conversazione %1</translation>
    </message>
    <message>
        <source>A message&apos;s role must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;; got &quot;%1&quot;.</source>
        <translation>Il ruolo di un messaggio deve essere &quot;user&quot;, &quot;assistant&quot; o &quot;system&quot;; ricevuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: the image reference &quot;%2&quot; is not a SHA-256 digest</source>
        <translation>%1: il riferimento all&apos;immagine &quot;%2&quot; non è un digest SHA-256</translation>
    </message>
    <message>
        <source>%1: the image is not in the image store %2</source>
        <translation>%1: l&apos;immagine non è nell&apos;archivio immagini %2</translation>
    </message>
    <message>
        <source>cannot read message %1</source>
        <translation>impossibile leggere il messaggio %1</translation>
    </message>
    <message>
        <source>Message %1 belongs to another conversation; it cannot be the parent of a message in conversation %2.</source>
        <translation>Il messaggio %1 appartiene a un&apos;altra conversazione; non può essere il padre di un messaggio della conversazione %2.</translation>
    </message>
    <message>
        <source>cannot save the message</source>
        <translation>impossibile salvare il messaggio</translation>
    </message>
    <message>
        <source>cannot save message %1</source>
        <translation>impossibile salvare il messaggio %1</translation>
    </message>
    <message>
        <source>cannot read the replies to message %1</source>
        <translation>impossibile leggere le risposte al messaggio %1</translation>
    </message>
    <message>
        <source>cannot read the attachments of message %1</source>
        <translation>impossibile leggere gli allegati del messaggio %1</translation>
    </message>
    <message>
        <source>cannot delete message %1</source>
        <translation>impossibile eliminare il messaggio %1</translation>
    </message>
    <message>
        <source>Message %1 is not part of conversation %2.</source>
        <translation>Il messaggio %1 non fa parte della conversazione %2.</translation>
    </message>
    <message>
        <source>cannot switch the branch of conversation %1</source>
        <translation>impossibile cambiare il ramo della conversazione %1</translation>
    </message>
    <message>
        <source>Message %1 of %2: its id %3 is not positive or not unique.</source>
        <translation>Messaggio %1 di %2: il suo id %3 non è positivo o non è univoco.</translation>
    </message>
    <message>
        <source>Message %1 (id %2): its parent %3 is not an earlier message of the conversation.</source>
        <translation>Messaggio %1 (id %2): il suo padre %3 non è un messaggio precedente della conversazione.</translation>
    </message>
    <message>
        <source>Message %1 (id %2): the role must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;; got &quot;%3&quot;.</source>
        <translation>Messaggio %1 (id %2): il ruolo deve essere &quot;user&quot;, &quot;assistant&quot; o &quot;system&quot;; ricevuto &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Message %1 (id %2): the image %3 is not in the image store.</source>
        <translation>Messaggio %1 (id %2): l&apos;immagine %3 non è nell&apos;archivio immagini.</translation>
    </message>
    <message>
        <source>The current message %1 is not one of the conversation&apos;s messages.</source>
        <translation>Il messaggio corrente %1 non è uno dei messaggi della conversazione.</translation>
    </message>
    <message>
        <source>cannot save a message</source>
        <translation>impossibile salvare un messaggio</translation>
    </message>
    <message>
        <source>cannot save the messages</source>
        <translation>impossibile salvare i messaggi</translation>
    </message>
    <message>
        <source>cannot pin conversation %1</source>
        <translation>impossibile fissare la conversazione %1</translation>
    </message>
</context>
<context>
    <name>mdi::HttpConnection</name>
    <message numerus="yes">
        <source>The request body (%n byte(s)) did not arrive in time.</source>
        <translation>
            <numerusform>Il corpo della richiesta (%n byte) non è arrivato in tempo.</numerusform>
            <numerusform>Il corpo della richiesta (%n byte) non è arrivato in tempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 s.</source>
        <translation>L&apos;intestazione della richiesta non è arrivata entro %1 s.</translation>
    </message>
</context>
<context>
    <name>mdi::HttpRequestParser</name>
    <message>
        <source>The request line and header fields exceed %1 bytes.</source>
        <translation>La riga di richiesta e i campi dell&apos;intestazione superano i %1 byte.</translation>
    </message>
    <message>
        <source>The request line is malformed; expected &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation>La riga di richiesta è malformata; previsto &quot;METHOD /path HTTP/1.1&quot;.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Sono supportati solo HTTP/1.0 e HTTP/1.1.</translation>
    </message>
    <message>
        <source>The request target must be a path starting with &apos;/&apos;.</source>
        <translation>La destinazione della richiesta deve essere un percorso che inizia con &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The request target contains characters that must be percent-encoded.</source>
        <translation>La destinazione della richiesta contiene caratteri che devono essere codificati con percent-encoding.</translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation>Le righe d&apos;intestazione ripiegate non sono accettate.</translation>
    </message>
    <message>
        <source>A header line is malformed; expected &quot;Name: value&quot;.</source>
        <translation>Una riga d&apos;intestazione è malformata; previsto &quot;Name: value&quot;.</translation>
    </message>
    <message>
        <source>A header value contains control characters.</source>
        <translation>Un valore d&apos;intestazione contiene caratteri di controllo.</translation>
    </message>
    <message>
        <source>The request has more than %1 header fields.</source>
        <translation>La richiesta ha più di %1 campi d&apos;intestazione.</translation>
    </message>
    <message>
        <source>HTTP/1.1 requests must have a Host header.</source>
        <translation>Le richieste HTTP/1.1 devono avere un&apos;intestazione Host.</translation>
    </message>
    <message>
        <source>Request bodies must be sent with a Content-Length; chunked transfer coding is not supported.</source>
        <translation>I corpi delle richieste devono essere inviati con Content-Length; la codifica di trasferimento chunked non è supportata.</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>L&apos;intestazione Content-Length non è un numero.</translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length values.</source>
        <translation>La richiesta ha valori di Content-Length in conflitto.</translation>
    </message>
    <message>
        <source>A %1 request needs a Content-Length header.</source>
        <translation>Una richiesta %1 richiede un&apos;intestazione Content-Length.</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; at most %2 are accepted.</source>
        <translation>Il corpo della richiesta ha %1 byte; ne sono accettati al massimo %2.</translation>
    </message>
    <message>
        <source>Only &quot;Expect: 100-continue&quot; is supported.</source>
        <translation>È supportato solo &quot;Expect: 100-continue&quot;.</translation>
    </message>
</context>
<context>
    <name>mdi::HttpServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossibile restare in ascolto su %1:%2: %3</translation>
    </message>
    <message>
        <source>The server has too many open connections; try again later.</source>
        <translation>Il server ha troppe connessioni aperte; riprova più tardi.</translation>
    </message>
    <message>
        <source>The server has too many open connections from %1; try again later.</source>
        <translation>Il server ha troppe connessioni aperte da %1; riprova più tardi.</translation>
    </message>
</context>
<context>
    <name>mdi::HubFileList</name>
    <message>
        <source>%1: the answer is not a JSON object (%2)</source>
        <translation>%1: la risposta non è un oggetto JSON (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;sha&quot; is not a commit hash</source>
        <translation>%1: &quot;sha&quot; non è un hash di commit</translation>
    </message>
    <message>
        <source>%1: &quot;siblings&quot; (the file list) is missing</source>
        <translation>%1: &quot;siblings&quot; (l&apos;elenco dei file) è assente</translation>
    </message>
    <message>
        <source>%1: unsafe file name &quot;%2&quot;</source>
        <translation>%1: nome di file non sicuro &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 has no valid LFS sha256</source>
        <translation>%1: %2 non ha uno sha256 LFS valido</translation>
    </message>
    <message>
        <source>%1: %2 has no blob id (ask with ?blobs=true)</source>
        <translation>%1: %2 non ha un id blob (richiedilo con ?blobs=true)</translation>
    </message>
    <message>
        <source>%1: %2 has no size</source>
        <translation>%1: %2 non ha una dimensione</translation>
    </message>
</context>
<context>
    <name>mdi::ImageDecoder</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: file non trovato (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1: è una cartella, non un file immagine</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; image files over %3 MB are not accepted</source>
        <translation>%1: il file è di %2 MB; i file immagine oltre %3 MB non sono accettati</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: impossibile aprire: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes), not an image</source>
        <translation>%1: il file è vuoto (0 byte), non è un&apos;immagine</translation>
    </message>
    <message>
        <source>%1: the image data is %2 MB; images over %3 MB are not accepted</source>
        <translation>%1: i dati dell&apos;immagine sono %2 MB; le immagini oltre %3 MB non sono accettate</translation>
    </message>
    <message>
        <source>%1: not an image, or in a format that cannot be read (readable: %2)</source>
        <translation>%1: non è un&apos;immagine, o è in un formato non leggibile (leggibili: %2)</translation>
    </message>
    <message>
        <source>%1: the image declares an empty size (%2 x %3 pixels)</source>
        <translation>%1: l&apos;immagine dichiara una dimensione vuota (%2 x %3 pixel)</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels (%4 megapixels); at most %5 megapixels are accepted</source>
        <translation>%1: l&apos;immagine è di %2 x %3 pixel (%4 megapixel); sono accettati al massimo %5 megapixel</translation>
    </message>
    <message>
        <source>%1: the JPEG data ends early (the file is truncated or damaged)</source>
        <translation>%1: i dati JPEG terminano prima del previsto (il file è troncato o danneggiato)</translation>
    </message>
    <message>
        <source>the data is too short to hold an image</source>
        <translation>i dati sono troppo corti per contenere un&apos;immagine</translation>
    </message>
    <message>
        <source>%1: cannot decode the image (%2); the file may be truncated or damaged</source>
        <translation>%1: impossibile decodificare l&apos;immagine (%2); il file potrebbe essere troncato o danneggiato</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels; at most %4 megapixels are accepted</source>
        <translation>%1: l&apos;immagine è di %2 x %3 pixel; sono accettati al massimo %4 megapixel</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device, pipe or socket)</source>
        <translation>%1: non è un file normale (un dispositivo, una pipe o un socket)</translation>
    </message>
</context>
<context>
    <name>mdi::ImagePreprocessor</name>
    <message>
        <source>the image has no pixels (%1 x %2)</source>
        <translation>l&apos;immagine non ha pixel (%1 x %2)</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels; its aspect ratio %3:1 is above the limit of %4:1</source>
        <translation>l&apos;immagine è di %1 x %2 pixel; il suo rapporto d&apos;aspetto %3:1 supera il limite di %4:1</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels, too large to resize</source>
        <translation>l&apos;immagine è di %1 x %2 pixel, troppo grande per essere ridimensionata</translation>
    </message>
    <message>
        <source>image from a data: URL</source>
        <translation>immagine da un URL &quot;data:&quot;</translation>
    </message>
    <message>
        <source>not a data: URL (it must start with &quot;data:&quot;)</source>
        <translation>non è un URL data: (deve iniziare con &quot;data:&quot;)</translation>
    </message>
    <message>
        <source>malformed data: URL: no comma before the data</source>
        <translation>URL data: malformato: nessuna virgola prima dei dati</translation>
    </message>
    <message>
        <source>only base64-encoded data: URLs are supported</source>
        <translation>sono supportati solo URL data: codificati in base64</translation>
    </message>
    <message>
        <source>the data: URL holds &quot;%1&quot;, not an image</source>
        <translation>l&apos;URL data: contiene &quot;%1&quot;, non un&apos;immagine</translation>
    </message>
    <message>
        <source>the data: URL holds over %1 MB; larger images are not accepted</source>
        <translation>l&apos;URL data: contiene oltre %1 MB; le immagini più grandi non sono accettate</translation>
    </message>
    <message>
        <source>malformed data: URL: the base64 data is invalid</source>
        <translation>URL data: malformato: i dati base64 non sono validi</translation>
    </message>
    <message>
        <source>image</source>
        <translation>immagine</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>l&apos;immagine è vuota</translation>
    </message>
</context>
<context>
    <name>mdi::ImageStore</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: file non trovato (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1: è una cartella, non un file immagine</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; image files over %3 MB are not accepted</source>
        <translation>%1: il file è di %2 MB; i file immagine oltre %3 MB non sono accettati</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: impossibile aprire: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <source>%1: images in %2 format are not accepted (accepted: PNG, JPEG, GIF, WebP, BMP, TIFF)</source>
        <translation>%1: le immagini in formato %2 non sono accettate (accettati: PNG, JPEG, GIF, WebP, BMP, TIFF)</translation>
    </message>
    <message>
        <source>%1: the image format is not recognised</source>
        <translation>%1: formato dell&apos;immagine non riconosciuto</translation>
    </message>
    <message>
        <source>%1: cannot create the image folder %2</source>
        <translation>%1: impossibile creare la cartella delle immagini %2</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: impossibile scrivere %2: %3</translation>
    </message>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1: l&apos;immagine è vuota</translation>
    </message>
    <message>
        <source>%1: cannot encode the image as PNG: %2</source>
        <translation>%1: impossibile codificare l&apos;immagine come PNG: %2</translation>
    </message>
</context>
<context>
    <name>mdi::ImageThumbnail</name>
    <message>
        <source>Missing image</source>
        <translation>Immagine mancante</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixel</translation>
    </message>
    <message>
        <source>%1 (%2): click to open at full size</source>
        <translation>%1 (%2): fai clic per aprirla a dimensioni reali</translation>
    </message>
    <message>
        <source>Image %1, %2</source>
        <translation>Immagine %1, %2</translation>
    </message>
    <message>
        <source>Opens the image at full size</source>
        <translation>Apre l&apos;immagine a dimensioni reali</translation>
    </message>
</context>
<context>
    <name>mdi::ImageViewerDialog</name>
    <message>
        <source>%1 (%2 × %3 pixels)</source>
        <translation>%1 (%2 × %3 pixel)</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Immagine %1</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>Impossibile mostrare l&apos;immagine: %1</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Dimensioni &amp;reali</translation>
    </message>
    <message>
        <source>Switch between actual size and fit to window</source>
        <translation>Passa dalle dimensioni reali all&apos;adattamento alla finestra e viceversa</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Adatta alla finestra</translation>
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
        <translation>Architettura</translation>
    </message>
    <message>
        <source>%1 (model_type %2)</source>
        <translation>%1 (model_type %2)</translation>
    </message>
    <message>
        <source>Text model</source>
        <translation>Modello testo</translation>
    </message>
    <message>
        <source>%1 layers, hidden %2, %3 attention heads / %4 key-value heads (head dim %5), MLP %6, vocabulary %7</source>
        <translation>%1 strati, hidden %2, %3 teste di attenzione / %4 teste chiave-valore (dim. testa %5), MLP %6, vocabolario %7</translation>
    </message>
    <message>
        <source>Vision tower</source>
        <translation>Torre visiva</translation>
    </message>
    <message>
        <source>%1 blocks, embed %2, %3 heads (head dim %4), MLP %5, patch %6 (temporal %7), merge %8x%8 -&gt; %9</source>
        <translation>%1 blocchi, embed %2, %3 teste (dim. testa %4), MLP %5, patch %6 (temporale %7), fusione %8x%8 -&gt; %9</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>visione</translation>
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
        <translation>norma finale</translation>
    </message>
    <message>
        <source>head</source>
        <translation>testa</translation>
    </message>
    <message>
        <source>tied to the embedding (no lm_head.weight)</source>
        <translation>legata all&apos;embedding (senza lm_head.weight)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totale</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Archiviazione</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>su disco</translation>
    </message>
    <message>
        <source>as bf16</source>
        <translation>come bf16</translation>
    </message>
    <message>
        <source>as f32</source>
        <translation>come f32</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validazione</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>FAILED: not a usable Qwen2-VL checkpoint</source>
        <translation>ERRORE: non è un checkpoint Qwen2-VL utilizzabile</translation>
    </message>
    <message>
        <source>Describes a Qwen2-VL checkpoint folder and checks that its weights match its configuration.</source>
        <translation>Descrive una cartella di checkpoint Qwen2-VL e verifica che i suoi pesi corrispondano alla sua configurazione.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Mostra questa guida.</translation>
    </message>
    <message>
        <source>Prints the report as JSON.</source>
        <translation>Stampa il rapporto in formato JSON.</translation>
    </message>
    <message>
        <source>The checkpoint folder: config.json, preprocessor_config.json and model.safetensors or shards with model.safetensors.index.json.</source>
        <translation>La cartella del checkpoint: config.json, preprocessor_config.json e model.safetensors oppure frammenti con model.safetensors.index.json.</translation>
    </message>
    <message>
        <source>%1: expects exactly one checkpoint folder; see --help</source>
        <translation>%1: è prevista esattamente una cartella di checkpoint; vedi --help</translation>
    </message>
    <message>
        <source>%1: %2 is not a usable Qwen2-VL checkpoint</source>
        <translation>%1: %2 non è un checkpoint Qwen2-VL utilizzabile</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 byte (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n strato</numerusform>
            <numerusform>%n strati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n file</numerusform>
            <numerusform>%1 in %n file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes, %n tensor(s)</source>
        <translation>
            <numerusform>%1 byte, %n tensore</numerusform>
            <numerusform>%1 byte, %n tensori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK: %n tensor(s) match config.json</source>
        <translation>
            <numerusform>OK: %n tensore corrisponde a config.json</numerusform>
            <numerusform>OK: %n tensori corrispondono a config.json</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::JsonSchema</name>
    <message>
        <source>%1: the schema must describe an object ({&quot;type&quot;: &quot;object&quot;, ...}), as OpenAI requires</source>
        <translation>%1: lo schema deve descrivere un oggetto ({&quot;type&quot;: &quot;object&quot;, ...}), come richiede OpenAI</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not supported; the supported subset of JSON Schema is type (object, array, string, number, integer, boolean, null), properties, required, additionalProperties, items, enum, const, minimum, maximum, exclusiveMinimum and exclusiveMaximum</source>
        <translation>%1: &apos;%2&apos; non è supportato; il sottoinsieme di JSON Schema supportato è type (object, array, string, number, integer, boolean, null), properties, required, additionalProperties, items, enum, const, minimum, maximum, exclusiveMinimum ed exclusiveMaximum</translation>
    </message>
    <message>
        <source>%1: the schema has more than %2 parts</source>
        <translation>%1: lo schema ha più di %2 parti</translation>
    </message>
    <message>
        <source>%1: type &apos;%2&apos; is not a JSON Schema type (object, array, string, number, integer, boolean, null)</source>
        <translation>%1: il tipo &apos;%2&apos; non è un tipo di JSON Schema (object, array, string, number, integer, boolean, null)</translation>
    </message>
    <message>
        <source>%1: &apos;type&apos; names no type</source>
        <translation>%1: &apos;type&apos; non nomina alcun tipo</translation>
    </message>
    <message>
        <source>%1: &apos;type&apos; must be a string or a list of strings</source>
        <translation>%1: &apos;type&apos; deve essere una stringa o un elenco di stringhe</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a number</source>
        <translation>%1: &apos;%2&apos; deve essere un numero</translation>
    </message>
    <message>
        <source>%1: no integer lies within &apos;minimum&apos; and &apos;maximum&apos;</source>
        <translation>%1: nessun intero si trova tra &apos;minimum&apos; e &apos;maximum&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;enum&apos; must be a list of values</source>
        <translation>%1: &apos;enum&apos; deve essere un elenco di valori</translation>
    </message>
    <message>
        <source>%1: enum and const values must be strings, numbers, booleans or null</source>
        <translation>%1: i valori di enum e const devono essere stringhe, numeri, booleani o null</translation>
    </message>
    <message>
        <source>%1: no value of &apos;enum&apos;/&apos;const&apos; is allowed by the schema</source>
        <translation>%1: lo schema non ammette alcun valore di &apos;enum&apos;/&apos;const&apos;</translation>
    </message>
    <message>
        <source>%1: the schema has no &apos;type&apos; (every part of the schema needs a type, an enum or a const)</source>
        <translation>%1: lo schema non ha &apos;type&apos; (ogni parte dello schema ha bisogno di un tipo, un enum o un const)</translation>
    </message>
    <message>
        <source>%1: objects and arrays are nested more than %2 deep</source>
        <translation>%1: oggetti e array annidati oltre %2 livelli</translation>
    </message>
    <message>
        <source>%1: &apos;properties&apos; must be an object</source>
        <translation>%1: &apos;properties&apos; deve essere un oggetto</translation>
    </message>
    <message>
        <source>%1: the object has %2 properties; at most %3 are supported</source>
        <translation>%1: l&apos;oggetto ha %2 proprietà; ne sono supportate al massimo %3</translation>
    </message>
    <message>
        <source>%1: &apos;additionalProperties&apos; must be a boolean or a schema</source>
        <translation>%1: &apos;additionalProperties&apos; deve essere un booleano o uno schema</translation>
    </message>
    <message>
        <source>%1.properties.%2 must be a schema (an object)</source>
        <translation>%1.properties.%2 deve essere uno schema (un oggetto)</translation>
    </message>
    <message>
        <source>%1: the property name &apos;%2...&apos; is longer than 255 bytes</source>
        <translation>%1: il nome di proprietà &apos;%2...&apos; supera i 255 byte</translation>
    </message>
    <message>
        <source>%1: &apos;required&apos; must be a list of property names</source>
        <translation>%1: &apos;required&apos; deve essere un elenco di nomi di proprietà</translation>
    </message>
    <message>
        <source>%1: &apos;required&apos; names &apos;%2&apos;, which is not in &apos;properties&apos;</source>
        <translation>%1: &apos;required&apos; nomina &apos;%2&apos;, che non è in &apos;properties&apos;</translation>
    </message>
    <message>
        <source>%1: an array needs &apos;items&apos;, one schema for every item</source>
        <translation>%1: un array ha bisogno di &apos;items&apos;, uno schema per ogni elemento</translation>
    </message>
</context>
<context>
    <name>mdi::LoadProgress</name>
    <message>
        <source>layer %1</source>
        <translation>strato %1</translation>
    </message>
    <message>
        <source>layers %1–%2</source>
        <translation>strati %1–%2</translation>
    </message>
    <message>
        <source>Reading the model…</source>
        <translation>Lettura del modello…</translation>
    </message>
    <message>
        <source>Checking %1 for %2: %3 / %4 MB</source>
        <translation>Verifica di %1 per %2: %3 / %4 MB</translation>
    </message>
    <message>
        <source>Asking %1 which weights of %2 it needs…</source>
        <translation>Richiesta a %1 dei pesi di %2 che gli servono…</translation>
    </message>
    <message>
        <source>Sending %1 to %2: %3 / %4 MB</source>
        <translation>Invio di %1 a %2: %3 / %4 MB</translation>
    </message>
    <message>
        <source>%1 already has the weights of %2</source>
        <translation>%1 ha già i pesi di %2</translation>
    </message>
    <message>
        <source>%1 is loading %2…</source>
        <translation>%1 sta caricando %2…</translation>
    </message>
    <message>
        <source>Loading %1 on this computer (stage %2 of %3)…</source>
        <translation>Caricamento di %1 su questo computer (stadio %2 di %3)…</translation>
    </message>
</context>
<context>
    <name>mdi::LoadStageMessage</name>
    <message>
        <source>[%1, %2) is not a layer range</source>
        <translation>[%1, %2) non è un intervallo di strati</translation>
    </message>
    <message>
        <source>must be between 1 and %1, not %2</source>
        <translation>deve essere compreso tra 1 e %1, non %2</translation>
    </message>
    <message>
        <source>has a negative dimension</source>
        <translation>ha una dimensione negativa</translation>
    </message>
    <message>
        <source>is out of range: %1</source>
        <translation>è fuori intervallo: %1</translation>
    </message>
</context>
<context>
    <name>mdi::LoadStageReplyMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>è fuori intervallo: %1</translation>
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
        <translation>Modello</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contesto utilizzato</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Nessun modello caricato</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Nuova chat</translation>
    </message>
    <message>
        <source>&amp;Import Conversation…</source>
        <translation>&amp;Importa conversazione…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>M&amp;odelli…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Impo&amp;stazioni…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>&amp;Attach Images…</source>
        <translation>&amp;Allega immagini…</translation>
    </message>
    <message>
        <source>Go to &amp;Message</source>
        <translation>Vai al &amp;messaggio</translation>
    </message>
    <message>
        <source>S&amp;top Generating</source>
        <translation>Interrompi la &amp;generazione</translation>
    </message>
    <message>
        <source>&amp;Regenerate Last Answer</source>
        <translation>&amp;Rigenera l&apos;ultima risposta</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversazione</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
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
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About MDI Chat</source>
        <translation>&amp;Informazioni su MDI Chat</translation>
    </message>
    <message>
        <source>About MDI Chat</source>
        <translation>Informazioni su MDI Chat</translation>
    </message>
    <message>
        <source>&lt;b&gt;MDI Chat %1&lt;/b&gt;&lt;p&gt;Local multimodal chat with Qwen2-VL, distributed over the machines on your network.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MDI Chat %1&lt;/b&gt;&lt;p&gt;Chat multimodale locale con Qwen2-VL, distribuita sui computer della tua rete.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Released under the %1 License.</source>
        <translation>Rilasciato con licenza %1.</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/s</translation>
    </message>
    <message>
        <source>Context %1 / %2</source>
        <translation>Contesto %1 / %2</translation>
    </message>
    <message>
        <source>Tokens of the model&apos;s context this conversation uses</source>
        <translation>Token del contesto del modello usati da questa conversazione</translation>
    </message>
    <message>
        <source>The answer failed: %1</source>
        <translation>La risposta non è riuscita: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Caricamento di %1…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Layers %1 on this computer</source>
        <translation>Strati %1 su questo computer</translation>
    </message>
    <message>
        <source>Delete Conversation</source>
        <translation>Elimina conversazione</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with all its messages and images? This cannot be undone.</source>
        <translation>Eliminare &quot;%1&quot; con tutti i suoi messaggi e le sue immagini? L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversazione</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Esporta come JSON</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Esporta come Markdown</translation>
    </message>
    <message>
        <source>MDI Chat conversation (*.json)</source>
        <translation>Conversazione di MDI Chat (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportata in %1</translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation>Importa conversazione</translation>
    </message>
    <message>
        <source>MDI Chat conversation (*.json);;All files (*)</source>
        <translation>Conversazione di MDI Chat (*.json);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n strato</numerusform>
            <numerusform>%n strati</numerusform>
        </translation>
    </message>
    <message>
        <source>Which host runs which decoder layers (View &gt; Peers)</source>
        <translation>Quale host esegue quali strati del decoder (Visualizza &gt; Peer)</translation>
    </message>
    <message numerus="yes">
        <source>Layers %1 in %n local stage(s)</source>
        <translation>
            <numerusform>Strati %1 in %n stadio locale</numerusform>
            <numerusform>Strati %1 in %n stadi locali</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Avanzamento del caricamento</translation>
    </message>
    <message>
        <source>%1
%2 of weights, loaded in %3 s
%4</source>
        <translation>%1
%2 di pesi, caricato in %3 s
%4</translation>
    </message>
    <message>
        <source>Your message and what followed it were deleted.</source>
        <translation>Il tuo messaggio e ciò che lo seguiva sono stati eliminati.</translation>
    </message>
    <message>
        <source>The answer was deleted, with anything that followed it.</source>
        <translation>La risposta è stata eliminata, con tutto ciò che la seguiva.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message numerus="yes">
        <source>Bring the deleted messages back (for %n second(s))</source>
        <translation>
            <numerusform>Ripristina i messaggi eliminati (per %n secondo)</numerusform>
            <numerusform>Ripristina i messaggi eliminati (per %n secondi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Local API on port %1</source>
        <translation>API locale sulla porta %1</translation>
    </message>
    <message>
        <source>OpenAI-compatible API at %1/v1 for programs on this computer</source>
        <translation>API compatibile con OpenAI su %1/v1 per i programmi di questo computer</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
</context>
<context>
    <name>mdi::MakeRandomCommand</name>
    <message>
        <source>Writes a Qwen2-VL checkpoint folder with random weights of a real model&apos;s shapes, for benchmarks and tests. Values: Linear weights ~ N(0, 1/fan_in), embedding and biases ~ N(0, 0.02^2), norm weights ~ 1 + N(0, 0.1^2); the same seed gives the same bytes.</source>
        <translation>Scrive una cartella di checkpoint Qwen2-VL con pesi casuali con le forme di un modello reale, per benchmark e test. Valori: pesi Linear ~ N(0, 1/fan_in), embedding e bias ~ N(0, 0.02^2), pesi di normalizzazione ~ 1 + N(0, 0.1^2); lo stesso seed produce gli stessi byte.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Mostra questa guida.</translation>
    </message>
    <message>
        <source>2b or 7b (the released Instruct models), tiny (the configuration of the --tokenizer-from checkpoint), or the path of a config.json.</source>
        <translation>2b o 7b (i modelli Instruct pubblicati), tiny (la configurazione del checkpoint di --tokenizer-from) o il percorso di un config.json.</translation>
    </message>
    <message>
        <source>The folder to write (new or empty).</source>
        <translation>La cartella da scrivere (nuova o vuota).</translation>
    </message>
    <message>
        <source>Storage dtype: bf16 (default) or f32.</source>
        <translation>Tipo di dato di archiviazione: bf16 (predefinito) o f32.</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>Seed casuale (predefinito: 0).</translation>
    </message>
    <message>
        <source>A Qwen2-VL checkpoint or tokenizer folder whose tokenizer files are copied (tokenizer.json, tokenizer_config.json, vocab.json, merges.txt, chat_template.json). Required unless --shape names a config.json with tokenizer files beside it.</source>
        <translation>Un checkpoint Qwen2-VL o una cartella di tokenizer i cui file del tokenizer vengono copiati (tokenizer.json, tokenizer_config.json, vocab.json, merges.txt, chat_template.json). Obbligatorio a meno che --shape indichi un config.json con i file del tokenizer accanto.</translation>
    </message>
    <message>
        <source>Overrides the number of decoder layers (quick tests of a big shape).</source>
        <translation>Sostituisce il numero di strati del decoder (test rapidi di una forma grande).</translation>
    </message>
    <message>
        <source>Largest weight file, as transformers counts it: 2GB (default), 500MB, 1GiB or bytes. A checkpoint that fits in one is written as model.safetensors.</source>
        <translation>File di pesi più grande, come lo conta transformers: 2GB (predefinito), 500MB, 1GiB o byte. Un checkpoint che entra in un solo file viene scritto come model.safetensors.</translation>
    </message>
    <message>
        <source>Write into a folder that is not empty, replacing a checkpoint there.</source>
        <translation>Scrivi in una cartella non vuota, sostituendo il checkpoint presente.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation>argomento inatteso &apos;%1&apos;; vedi --help</translation>
    </message>
    <message>
        <source>--shape and --out are required; see --help</source>
        <translation>--shape e --out sono obbligatori; vedi --help</translation>
    </message>
    <message>
        <source>--dtype must be bf16 or f32, not &apos;%1&apos;</source>
        <translation>--dtype deve essere bf16 o f32, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer, not &apos;%1&apos;</source>
        <translation>--seed richiede un intero non negativo, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-shard-size needs a size such as 2GB, 500MB or 1000000, not &apos;%1&apos;</source>
        <translation>--max-shard-size richiede una dimensione come 2GB, 500MB o 1000000, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--tokenizer-from %1: no tokenizer.json there</source>
        <translation>--tokenizer-from %1: lì non c&apos;è alcun tokenizer.json</translation>
    </message>
    <message>
        <source>--shape %1 needs --tokenizer-from DIR: a folder with the Qwen2-VL tokenizer files (tokenizer.json, tokenizer_config.json, ...), such as a downloaded Qwen2-VL checkpoint</source>
        <translation>--shape %1 richiede --tokenizer-from DIR: una cartella con i file del tokenizer di Qwen2-VL (tokenizer.json, tokenizer_config.json, ...), come un checkpoint Qwen2-VL scaricato</translation>
    </message>
    <message>
        <source>--shape tiny takes the configuration and tokenizer of the checkpoint given with --tokenizer-from DIR (the test fixture&apos;s qwen2vl-tiny/checkpoint)</source>
        <translation>--shape tiny prende la configurazione e il tokenizer del checkpoint indicato con --tokenizer-from DIR (qwen2vl-tiny/checkpoint della fixture di test)</translation>
    </message>
    <message>
        <source>%1 has no tokenizer files beside it; give --tokenizer-from DIR (a folder with the Qwen2-VL tokenizer.json)</source>
        <translation>%1 non ha file del tokenizer accanto; indica --tokenizer-from DIR (una cartella con il tokenizer.json di Qwen2-VL)</translation>
    </message>
    <message>
        <source>--shape must be 2b, 7b, tiny or the path of a config.json, not &apos;%1&apos;</source>
        <translation>--shape deve essere 2b, 7b, tiny o il percorso di un config.json, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--layers needs a positive number, not &apos;%1&apos;</source>
        <translation>--layers richiede un numero positivo, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>writing %1 (%2 of %3 MB written)</source>
        <translation>scrittura di %1 (%2 di %3 MB scritti)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 tensors, %3 parameters, %4 bytes of %5 weights in %n file(s), seed %6, in %7 s (%8 MB/s)</source>
        <translation>
            <numerusform>Scritto %1: %2 tensori, %3 parametri, %4 byte di pesi %5 in %n file, seed %6, in %7 s (%8 MB/s)</numerusform>
            <numerusform>Scritto %1: %2 tensori, %3 parametri, %4 byte di pesi %5 in %n file, seed %6, in %7 s (%8 MB/s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::MarkdownView</name>
    <message>
        <source>Answer text</source>
        <translation>Testo della risposta</translation>
    </message>
</context>
<context>
    <name>mdi::MessageWidget</name>
    <message>
        <source>Your message</source>
        <translation>Il tuo messaggio</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Previous version of this question</source>
        <translation>Versione precedente di questa domanda</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>Risposta precedente</translation>
    </message>
    <message>
        <source>Show the previous version of this question</source>
        <translation>Mostra la versione precedente di questa domanda</translation>
    </message>
    <message>
        <source>Show the previous answer</source>
        <translation>Mostra la risposta precedente</translation>
    </message>
    <message>
        <source>Next version of this question</source>
        <translation>Versione successiva di questa domanda</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>Risposta successiva</translation>
    </message>
    <message>
        <source>Show the next version of this question</source>
        <translation>Mostra la versione successiva di questa domanda</translation>
    </message>
    <message>
        <source>Show the next answer</source>
        <translation>Mostra la risposta successiva</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copia il testo</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>Copia il tuo messaggio</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>Copia la risposta</translation>
    </message>
    <message>
        <source>Edit and resend (the current version stays in the history)</source>
        <translation>Modifica e invia di nuovo (la versione attuale resta nella cronologia)</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Modifica e invia di nuovo</translation>
    </message>
    <message>
        <source>Write another answer (this one stays available)</source>
        <translation>Scrivi un&apos;altra risposta (questa resta disponibile)</translation>
    </message>
    <message>
        <source>Regenerate the answer</source>
        <translation>Rigenera la risposta</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>Elimina questo messaggio e quelli successivi</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>Elimina il messaggio</translation>
    </message>
    <message>
        <source>Your message text</source>
        <translation>Testo del tuo messaggio</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source> · %1 tokens/s</source>
        <translation> · %1 token/s</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generazione in corso…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Interrotta</translation>
    </message>
    <message>
        <source>Stopped · %1</source>
        <translation>Interrotta · %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Non riuscita: %1</translation>
    </message>
    <message>
        <source>Message state</source>
        <translation>Stato del messaggio</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Versione %1 di %2</translation>
    </message>
    <message>
        <source>Edited message</source>
        <translation>Messaggio modificato</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send the edited message</source>
        <translation>Invia il messaggio modificato</translation>
    </message>
    <message>
        <source>Send as a new version (Enter); the current one stays in the history</source>
        <translation>Invia come nuova versione (Invio); quella attuale resta nella cronologia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annulla la modifica</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n token</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue writing this answer where it stopped</source>
        <translation>Continua a scrivere questa risposta da dove si è fermata</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>Continua la risposta</translation>
    </message>
    <message>
        <source>Start a new conversation with the messages up to this one</source>
        <translation>Inizia una nuova conversazione con i messaggi fino a questo</translation>
    </message>
    <message>
        <source>Fork the conversation here</source>
        <translation>Dirama la conversazione qui</translation>
    </message>
</context>
<context>
    <name>mdi::ModelConfig</name>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: non è una cartella</translation>
    </message>
    <message>
        <source>%1: field &apos;model_type&apos; is &apos;%2&apos;; MDI Chat runs Qwen2-VL (&apos;qwen2_vl&apos;) checkpoints</source>
        <translation>%1: il campo &apos;model_type&apos; è &apos;%2&apos;; MDI Chat esegue checkpoint Qwen2-VL (&apos;qwen2_vl&apos;)</translation>
    </message>
    <message>
        <source>%1: special token id %2 lies outside the vocabulary (%3)</source>
        <translation>%1: l&apos;id del token speciale %2 è fuori dal vocabolario (%3)</translation>
    </message>
    <message>
        <source>%1: field &apos;vision_config&apos; is missing</source>
        <translation>%1: il campo &apos;vision_config&apos; è assente</translation>
    </message>
    <message>
        <source>is missing (Qwen2-VL needs mrope_section)</source>
        <translation>è assente (Qwen2-VL richiede mrope_section)</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, expected &apos;mrope&apos;</source>
        <translation>è &apos;%1&apos;, previsto &apos;mrope&apos;</translation>
    </message>
    <message>
        <source>must have three entries (t, h, w), has %1</source>
        <translation>deve avere tre voci (t, h, w), ne ha %1</translation>
    </message>
    <message>
        <source>entries must be positive</source>
        <translation>le voci devono essere positive</translation>
    </message>
    <message>
        <source>must be positive, is %1</source>
        <translation>deve essere positivo, è %1</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_attention_heads (%2)</source>
        <translation>(%1) non è divisibile per num_attention_heads (%2)</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_key_value_heads (%2)</source>
        <translation>(%1) non è divisibile per num_key_value_heads (%2)</translation>
    </message>
    <message>
        <source>sums to %1 but head_dim / 2 is %2 (head_dim = hidden_size / num_attention_heads = %3)</source>
        <translation>ha somma %1, ma head_dim / 2 è %2 (head_dim = hidden_size / num_attention_heads = %3)</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; Qwen2-VL uses &apos;silu&apos;</source>
        <translation>è &apos;%1&apos;; Qwen2-VL usa &apos;silu&apos;</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>deve essere positivo</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_heads (%2)</source>
        <translation>(%1) non è divisibile per num_heads (%2)</translation>
    </message>
    <message>
        <source>gives a head size of %1; the 2-D rotary needs a multiple of 4</source>
        <translation>dà una dimensione della testa di %1; la codifica rotatoria 2-D richiede un multiplo di 4</translation>
    </message>
    <message>
        <source>(%1, the merger output) differs from the text hidden_size (%2)</source>
        <translation>(%1, l&apos;output del merger) è diverso dallo hidden_size del testo (%2)</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; Qwen2-VL&apos;s vision tower uses &apos;quick_gelu&apos;</source>
        <translation>è &apos;%1&apos;; la torre visiva di Qwen2-VL usa &apos;quick_gelu&apos;</translation>
    </message>
    <message>
        <source>must have 3 entries</source>
        <translation>deve avere 3 voci</translation>
    </message>
    <message>
        <source>must be at least min_pixels (%1), is %2</source>
        <translation>deve essere almeno min_pixels (%1), è %2</translation>
    </message>
    <message>
        <source>(%1) differs from the vision config (%2)</source>
        <translation>(%1) è diverso dalla configurazione di visione (%2)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>non può essere negativo</translation>
    </message>
    <message>
        <source>must be in (0, 1]</source>
        <translation>deve essere in (0, 1]</translation>
    </message>
    <message>
        <source>must be in [0, 1]</source>
        <translation>deve essere in [0, 1]</translation>
    </message>
    <message>
        <source>must not be negative, is %1</source>
        <translation>non deve essere negativo, è %1</translation>
    </message>
    <message>
        <source>must be at least %1, is %2</source>
        <translation>deve essere almeno %1, è %2</translation>
    </message>
    <message>
        <source>is %1, more than the %2 this program accepts</source>
        <translation>è %1, più dei %2 accettati da questo programma</translation>
    </message>
    <message>
        <source>is %1, must be more than %2 and at most %3</source>
        <translation>è %1, deve essere maggiore di %2 e al massimo %3</translation>
    </message>
    <message>
        <source>has the entry %1, more than the %2 this program accepts</source>
        <translation>ha la voce %1, più dei %2 accettati da questo programma</translation>
    </message>
    <message>
        <source>(%1) makes an MLP wider than the %2 this program accepts</source>
        <translation>(%1) produce un MLP più largo dei %2 accettati da questo programma</translation>
    </message>
    <message>
        <source>entries must be finite numbers</source>
        <translation>le voci devono essere numeri finiti</translation>
    </message>
    <message>
        <source>lists %1 ids, more than the %2 this program accepts</source>
        <translation>elenca %1 id, più dei %2 accettati da questo programma</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>deve essere un numero finito</translation>
    </message>
</context>
<context>
    <name>mdi::ModelDownloader</name>
    <message>
        <source>Cannot download &quot;%1&quot; from &quot;%2&quot;: give a repository as organisation/name and an http(s) base URL</source>
        <translation>Impossibile scaricare &quot;%1&quot; da &quot;%2&quot;: indica un repository nella forma organizzazione/nome e un URL di base http(s)</translation>
    </message>
    <message>
        <source>%1: 401 Unauthorized. The repository needs a login: set HF_TOKEN to an access token.</source>
        <translation>%1: 401 Unauthorized. Il repository richiede l&apos;accesso: imposta HF_TOKEN su un token di accesso.</translation>
    </message>
    <message>
        <source>%1: 403 Forbidden. Accept the model&apos;s licence on its hub page, or check that the access token (HF_TOKEN) may read it.</source>
        <translation>%1: 403 Forbidden. Accetta la licenza del modello nella sua pagina dell&apos;hub, oppure verifica che il token di accesso (HF_TOKEN) possa leggerlo.</translation>
    </message>
    <message>
        <source>%1: 404 Not Found. Check the repository name and revision.</source>
        <translation>%1: 404 Not Found. Controlla il nome del repository e la revisione.</translation>
    </message>
    <message>
        <source>%1: 416 Range Not Satisfiable.</source>
        <translation>%1: 416 Range Not Satisfiable.</translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3</source>
        <translation>%1: il server ha risposto %2 %3</translation>
    </message>
    <message>
        <source>%1: timed out: no data for %2 s. Run the download again to resume it.</source>
        <translation>%1: tempo scaduto: nessun dato per %2 s. Esegui di nuovo il download per riprenderlo.</translation>
    </message>
    <message>
        <source>%1: no network connection (%2)</source>
        <translation>%1: nessuna connessione di rete (%2)</translation>
    </message>
    <message>
        <source>%1: the TLS certificate could not be verified (%2)</source>
        <translation>%1: impossibile verificare il certificato TLS (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder (permissions?)</source>
        <translation>%1: impossibile creare la cartella (permessi?)</translation>
    </message>
    <message>
        <source>Not enough disk space in %1: the download needs %2, %3 are free.</source>
        <translation>Spazio su disco insufficiente in %1: il download richiede %2, liberi %3.</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: impossibile scrivere (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the partial download</source>
        <translation>%1: impossibile leggere il download parziale</translation>
    </message>
    <message>
        <source>%1: cannot write (%2; is the disk full?)</source>
        <translation>%1: impossibile scrivere (%2; il disco è pieno?)</translation>
    </message>
    <message>
        <source>%1: received %2 bytes, the hub lists %3</source>
        <translation>%1: ricevuti %2 byte, l&apos;hub ne indica %3</translation>
    </message>
    <message>
        <source>%1: the file is corrupt: its %2 is %3, the hub publishes %4 (tried %5 times)</source>
        <translation>%1: il file è danneggiato: il suo %2 è %3, l&apos;hub pubblica %4 (%5 tentativi)</translation>
    </message>
    <message>
        <source>%1: cannot move into place (%2)</source>
        <translation>%1: impossibile spostare nella posizione finale (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the link into blobs/</source>
        <translation>%1: impossibile creare il collegamento in blobs/</translation>
    </message>
</context>
<context>
    <name>mdi::ModelManagerDialog</name>
    <message>
        <source>Cancel Download</source>
        <translation>Annulla download</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>Aggiungi &amp;cartella…</translation>
    </message>
    <message>
        <source>&amp;Use This Model</source>
        <translation>&amp;Usa questo modello</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Models found</source>
        <translation>Modelli trovati</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation>Dtype</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Avanzamento del download</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Download cancelled. Start it again to continue where it stopped.</source>
        <translation>Download annullato. Avvialo di nuovo per riprendere da dove si è interrotto.</translation>
    </message>
    <message>
        <source>&amp;Download %1 (%2)</source>
        <translation>&amp;Scarica %1 (%2)</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Scarica %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Danneggiato</translation>
    </message>
    <message>
        <source>Choose the model to chat with, add a folder that holds one, or download one.</source>
        <translation>Scegli il modello con cui chattare, aggiungi una cartella che ne contiene uno o scaricane uno.</translation>
    </message>
    <message>
        <source>No Qwen2-VL model was found on this computer. MDI Chat needs one to answer: download %1 (%2) from %3, or choose a folder that holds a checkpoint (config.json and *.safetensors).</source>
        <translation>Nessun modello Qwen2-VL trovato su questo computer. MDI Chat ne ha bisogno per rispondere: scarica %1 (%2) da %3 oppure scegli una cartella che contiene un checkpoint (config.json e *.safetensors).</translation>
    </message>
    <message>
        <source>Choose the Model Folder</source>
        <translation>Scegli la cartella del modello</translation>
    </message>
    <message>
        <source>Asking %1 for the files of %2…</source>
        <translation>Richiesta a %1 dei file di %2…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, circa %1 s rimanenti</translation>
    </message>
    <message>
        <source> — %1 (file %2 of %3)</source>
        <translation> — %1 (file %2 di %3)</translation>
    </message>
    <message>
        <source>The download finished but the model cannot be used: %1</source>
        <translation>Il download è terminato, ma il modello non può essere usato: %1</translation>
    </message>
    <message>
        <source>Downloaded to %1.</source>
        <translation>Scaricato in %1.</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Download non riuscito: %1</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In uso</translation>
    </message>
    <message>
        <source>The model chat answers with (Settings &gt; Model folder)</source>
        <translation>Il modello con cui risponde la chat (Impostazioni &gt; Cartella del modello)</translation>
    </message>
    <message>
        <source>Needs about %1 of memory; this computer has %2.</source>
        <translation>Richiede circa %1 di memoria; questo computer ne ha %2.</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Ci sta</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Al limite</translation>
    </message>
    <message>
        <source>Close other programs, or choose 8-bit or 4-bit precision in Settings.</source>
        <translation>Chiudi altri programmi o scegli la precisione a 8 o 4 bit nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Troppo grande</translation>
    </message>
    <message>
        <source>Choose 4-bit precision in Settings, or put some layers on peers.</source>
        <translation>Scegli la precisione a 4 bit nelle Impostazioni o sposta alcuni strati sui peer.</translation>
    </message>
</context>
<context>
    <name>mdi::ModelPrompt</name>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Find or Download a Model…</source>
        <translation>Trova o scarica un modello…</translation>
    </message>
    <message>
        <source>Find or download a model</source>
        <translation>Trova o scarica un modello</translation>
    </message>
    <message>
        <source>Choose a model to start</source>
        <translation>Scegli un modello per iniziare</translation>
    </message>
    <message>
        <source>MDI Chat runs Qwen2-VL on this computer. Download Qwen2-VL-2B-Instruct (about 4.4 GB) with one click, or choose a folder that holds a model: config.json, the tokenizer files and the *.safetensors weights.</source>
        <translation>MDI Chat esegue Qwen2-VL su questo computer. Scarica Qwen2-VL-2B-Instruct (circa 4,4 GB) con un clic oppure scegli una cartella che contiene un modello: config.json, i file del tokenizer e i pesi *.safetensors.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Caricamento del modello…</translation>
    </message>
    <message>
        <source>Reading %1. You can write your first message meanwhile.</source>
        <translation>Lettura di %1. Nel frattempo puoi scrivere il tuo primo messaggio.</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Impossibile caricare il modello</translation>
    </message>
</context>
<context>
    <name>mdi::ModelRegistry</name>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: la cartella non esiste</translation>
    </message>
</context>
<context>
    <name>mdi::ModelsCommand</name>
    <message>
        <source>Lists the Qwen2-VL checkpoints in the Hugging Face cache and in model folders.</source>
        <translation>Elenca i checkpoint Qwen2-VL presenti nella cache di Hugging Face e nelle cartelle dei modelli.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Stampa in formato JSON.</translation>
    </message>
    <message>
        <source>Also look at this checkpoint folder.</source>
        <translation>Cerca anche in questa cartella di checkpoint.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The hub cache to search (default: %1).</source>
        <translation>La cache dell&apos;hub in cui cercare (predefinita: %1).</translation>
    </message>
    <message>
        <source>Hub cache: %1
</source>
        <translation>Cache dell&apos;hub: %1
</translation>
    </message>
    <message>
        <source>No Qwen2-VL checkpoint found. Download one with: mdi-run download Qwen/Qwen2-VL-2B-Instruct
</source>
        <translation>Nessun checkpoint Qwen2-VL trovato. Scaricane uno con: mdi-run download Qwen/Qwen2-VL-2B-Instruct
</translation>
    </message>
    <message>
        <source>  folder:     %1
</source>
        <translation>  cartella:   %1
</translation>
    </message>
    <message>
        <source>  size:       %1
</source>
        <translation>  dimensione: %1
</translation>
    </message>
    <message>
        <source>  parameters: %1
</source>
        <translation>  parametri:  %1
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
        <translation>  stato:      pronto
</translation>
    </message>
    <message>
        <source>  status:     broken: %1
</source>
        <translation>  stato:      danneggiato: %1
</translation>
    </message>
</context>
<context>
    <name>mdi::NodeIdentity</name>
    <message>
        <source>Cannot read the node identity file %1.</source>
        <translation>Impossibile leggere il file di identità del nodo %1.</translation>
    </message>
    <message>
        <source>The node identity file %1 is damaged.</source>
        <translation>Il file di identità del nodo %1 è danneggiato.</translation>
    </message>
    <message>
        <source>The node id &apos;%1&apos; in %2 is not valid; remove the file to make a new identity.</source>
        <translation>L&apos;id di nodo &apos;%1&apos; in %2 non è valido; rimuovi il file per creare una nuova identità.</translation>
    </message>
    <message>
        <source>The pairing code in %1 is damaged: %2</source>
        <translation>Il codice di abbinamento in %1 è danneggiato: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Cannot write the node identity file %1.</source>
        <translation>Impossibile scrivere il file di identità del nodo %1.</translation>
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
        <translation>Connessione da %1 rifiutata: %2</translation>
    </message>
    <message>
        <source>%1 (%2) connected</source>
        <translation>%1 (%2) connesso</translation>
    </message>
    <message>
        <source>%1 disconnected: %2</source>
        <translation>%1 disconnesso: %2</translation>
    </message>
    <message>
        <source>%1 before Hello</source>
        <translation>%1 prima di Hello</translation>
    </message>
    <message>
        <source>The coordinator speaks protocol version %1, this node %2.</source>
        <translation>Il coordinatore parla la versione %1 del protocollo, questo nodo la %2.</translation>
    </message>
    <message>
        <source>A node does not take %1 messages.</source>
        <translation>Un nodo non accetta messaggi %1.</translation>
    </message>
    <message>
        <source>This connection already has a stage.</source>
        <translation>Questa connessione ha già uno stadio.</translation>
    </message>
    <message>
        <source>The model&apos;s config.json does not parse: %1</source>
        <translation>Impossibile analizzare il config.json del modello: %1</translation>
    </message>
    <message>
        <source>Layers %1-%2 are not a range of this model&apos;s %3 layers.</source>
        <translation>Gli strati %1-%2 non sono un intervallo dei %3 strati di questo modello.</translation>
    </message>
    <message>
        <source>Unknown compute dtype &apos;%1&apos;.</source>
        <translation>Tipo di dato di calcolo sconosciuto &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 is not a tensor of these layers</source>
        <translation>%1 non è un tensore di questi strati</translation>
    </message>
    <message>
        <source>%1 has the wrong shape</source>
        <translation>%1 ha la forma errata</translation>
    </message>
    <message>
        <source>%1 has the unsupported dtype %2</source>
        <translation>%1 ha il dtype non supportato %2</translation>
    </message>
    <message>
        <source>%1 has no SHA-256</source>
        <translation>%1 non ha SHA-256</translation>
    </message>
    <message>
        <source>%1 has the wrong byte size</source>
        <translation>%1 ha la dimensione in byte errata</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 è elencato due volte</translation>
    </message>
    <message>
        <source>%1 of the %2 tensors of these layers are missing</source>
        <translation>Mancano %1 dei %2 tensori di questi strati</translation>
    </message>
    <message>
        <source>The manifest of layers %1-%2 does not match the model: %3</source>
        <translation>Il manifesto degli strati %1-%2 non corrisponde al modello: %3</translation>
    </message>
    <message>
        <source>Layers %1-%2 need %3 MB in %4, more than the %5 MB this node offers.</source>
        <translation>Gli strati %1-%2 richiedono %3 MB in %4, più dei %5 MB offerti da questo nodo.</translation>
    </message>
    <message>
        <source>Layers %1-%2 need %3 MB in %4; this node offers %5 MB, and its other stages hold %6 MB.</source>
        <translation>Gli strati %1-%2 richiedono %3 MB in %4; questo nodo offre %5 MB e i suoi altri stadi ne occupano %6 MB.</translation>
    </message>
    <message>
        <source>%1 asks for layers %2-%3 of %4 (%5 tensors, %6 bytes; %7 bytes cached)</source>
        <translation>%1 chiede gli strati %2-%3 di %4 (%5 tensori, %6 byte; %7 byte in cache)</translation>
    </message>
    <message>
        <source>A weight chunk without a stage being loaded.</source>
        <translation>Un blocco di pesi senza alcuno stadio in caricamento.</translation>
    </message>
    <message>
        <source>A weight chunk before the node said which tensors it holds.</source>
        <translation>Un blocco di pesi prima che il nodo indicasse quali tensori possiede.</translation>
    </message>
    <message>
        <source>A weight chunk for tensor %1 of %2.</source>
        <translation>Un blocco di pesi per il tensore %1 di %2.</translation>
    </message>
    <message>
        <source>%1: tensor %2 did not match its SHA-256; discarded</source>
        <translation>%1: il tensore %2 non corrispondeva al suo SHA-256; scartato</translation>
    </message>
    <message>
        <source>%1: serving layers %2-%3 (%4 bytes of weights, built in %5 ms)</source>
        <translation>%1: servo gli strati %2-%3 (%4 byte di pesi, costruiti in %5 ms)</translation>
    </message>
    <message>
        <source>A Forward before the stage is ready.</source>
        <translation>Un Forward prima che lo stadio sia pronto.</translation>
    </message>
    <message>
        <source>A Forward without hidden states.</source>
        <translation>Un Forward senza stati nascosti.</translation>
    </message>
    <message>
        <source>%1: layers %2-%3, %4</source>
        <translation>%1: strati %2-%3, %4</translation>
    </message>
    <message>
        <source>an unknown exception</source>
        <translation>un&apos;eccezione sconosciuta</translation>
    </message>
    <message>
        <source>The node failed: %1</source>
        <translation>Il nodo non è riuscito: %1</translation>
    </message>
    <message>
        <source>This computer has no compute device &apos;%1&apos; (it has: %2).</source>
        <translation>Questo computer non ha il dispositivo di calcolo &apos;%1&apos; (ha: %2).</translation>
    </message>
    <message>
        <source>The node failed on a %1 message: %2</source>
        <translation>Il nodo non è riuscito con un messaggio %1: %2</translation>
    </message>
    <message>
        <source>This node cannot compute on the device &apos;%1&apos; (it has: %2).</source>
        <translation>Questo nodo non può calcolare sul dispositivo &apos;%1&apos; (ha: %2).</translation>
    </message>
    <message>
        <source>A KV cache chunk of %1 positions; this node takes 1 to %2.</source>
        <translation>Un blocco di cache KV di %1 posizioni; questo nodo accetta da 1 a %2.</translation>
    </message>
    <message>
        <source>Checking LoadStage failed: %1</source>
        <translation>Verifica di LoadStage non riuscita: %1</translation>
    </message>
    <message>
        <source>layers %1-%2 in %3 (asked for %4)</source>
        <translation>strati %1-%2 in %3 (richiesto %4)</translation>
    </message>
    <message>
        <source>Checking the weight cache failed: %1</source>
        <translation>Verifica della cache dei pesi non riuscita: %1</translation>
    </message>
    <message>
        <source>The stage&apos;s result could not be sent: %1</source>
        <translation>Impossibile inviare il risultato dello stadio: %1</translation>
    </message>
    <message>
        <source>Session %1 was dropped from this node to make room (it keeps at most %2 sessions of one coordinator, and their KV caches within the %3 it offers); start it over from its first token.</source>
        <translation>La sessione %1 è stata scartata da questo nodo per fare spazio (mantiene al massimo %2 sessioni di un coordinatore, e le loro cache KV entro i %3 che offre); ricominciala dal primo token.</translation>
    </message>
    <message>
        <source>Session %1 was dropped from this node to make room (it keeps at most %2 sessions of one coordinator); start it over from its first token.</source>
        <translation>La sessione %1 è stata scartata da questo nodo per fare spazio (mantiene al massimo %2 sessioni di un coordinatore); ricominciala dal primo token.</translation>
    </message>
    <message>
        <source>more than %1 sessions of one coordinator</source>
        <translation>più di %1 sessioni di un coordinatore</translation>
    </message>
    <message>
        <source>KV caches beyond the %1 offered</source>
        <translation>cache KV oltre i %1 offerti</translation>
    </message>
    <message>
        <source>Session %1 needs %2 more KV cache for %3 tokens; this node offers %4 and holds %5.</source>
        <translation>La sessione %1 richiede altri %2 di cache KV per %3 token; questo nodo offre %4 e ne occupa %5.</translation>
    </message>
    <message>
        <source>%1: dropped session %2 (%3)</source>
        <translation>%1: sessione %2 scartata (%3)</translation>
    </message>
    <message>
        <source>The stage gave no result for this step.</source>
        <translation>Lo stadio non ha dato alcun risultato per questo passo.</translation>
    </message>
    <message>
        <source>The stage gave no hidden states.</source>
        <translation>Lo stadio non ha dato stati nascosti.</translation>
    </message>
    <message>
        <source>A ForwardBatch before the stage is ready.</source>
        <translation>Un ForwardBatch prima che lo stadio sia pronto.</translation>
    </message>
</context>
<context>
    <name>mdi::NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Chiudi l&apos;avviso</translation>
    </message>
</context>
<context>
    <name>mdi::OllamaRequest</name>
    <message>
        <source>%1.content must be a string</source>
        <translation>%1.content deve essere una stringa</translation>
    </message>
    <message>
        <source>%1.images must be a list of base64 strings</source>
        <translation>%1.images deve essere un elenco di stringhe base64</translation>
    </message>
    <message>
        <source>%1.images[%2] must be a base64 string</source>
        <translation>%1.images[%2] deve essere una stringa base64</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>Il corpo della richiesta non è JSON valido: %1 alla posizione %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Il corpo della richiesta deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling) is not supported</source>
        <translation>&apos;tools&apos; (chiamata di funzioni) non è supportato</translation>
    </message>
    <message>
        <source>&apos;messages&apos; must be a list of messages</source>
        <translation>&apos;messages&apos; deve essere un elenco di messaggi</translation>
    </message>
    <message>
        <source>%1: tool messages are not supported (no function calling)</source>
        <translation>%1: i messaggi di strumento non sono supportati (nessuna chiamata di funzioni)</translation>
    </message>
    <message>
        <source>&apos;raw&apos; prompts are not supported: the prompt goes through the model&apos;s chat template</source>
        <translation>i prompt &apos;raw&apos; non sono supportati: il prompt passa per il modello di chat del modello</translation>
    </message>
    <message>
        <source>&apos;suffix&apos; (fill in the middle) is not supported</source>
        <translation>&apos;suffix&apos; (riempimento nel mezzo) non è supportato</translation>
    </message>
    <message>
        <source>&apos;context&apos; is not supported: send the conversation to /api/chat</source>
        <translation>&apos;context&apos; non è supportato: invia la conversazione a /api/chat</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; must be a string</source>
        <translation>&apos;prompt&apos; deve essere una stringa</translation>
    </message>
    <message>
        <source>&apos;options&apos; must be an object</source>
        <translation>&apos;options&apos; deve essere un oggetto</translation>
    </message>
    <message>
        <source>options.num_predict must be an integer</source>
        <translation>options.num_predict deve essere un intero</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;json&quot; or a JSON schema</source>
        <translation>&apos;format&apos; deve essere &quot;json&quot; o uno schema JSON</translation>
    </message>
</context>
<context>
    <name>mdi::PairedNodes</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; non è un id di nodo valido.</translation>
    </message>
    <message>
        <source>The key for node %1 has %2 bytes instead of %3.</source>
        <translation>La chiave del nodo %1 ha %2 byte invece di %3.</translation>
    </message>
</context>
<context>
    <name>mdi::PairingCheck</name>
    <message>
        <source>%1 accepted the pairing code but did not say who it is within %2 s.</source>
        <translation>%1 ha accettato il codice di abbinamento ma non ha detto chi è entro %2 s.</translation>
    </message>
    <message>
        <source>%1 answered Hello with a bad message: %2</source>
        <translation>%1 ha risposto a Hello con un messaggio non valido: %2</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 ha rifiutato: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 ha chiuso la connessione.</translation>
    </message>
    <message>
        <source>The pairing code is wrong: %1 refused the key made from it. Use the code that mdi-node shows there now (it changes when the node is given a new one).</source>
        <translation>Il codice di abbinamento è errato: %1 ha rifiutato la chiave generata da esso. Usa il codice che mdi-node mostra ora su quel computer (cambia quando al nodo ne viene assegnato uno nuovo).</translation>
    </message>
    <message>
        <source>%1 named itself &apos;%2&apos; in the handshake but &apos;%3&apos; in its HelloAck.</source>
        <translation>%1 si è identificato come &apos;%2&apos; nell&apos;handshake, ma come &apos;%3&apos; nel suo HelloAck.</translation>
    </message>
</context>
<context>
    <name>mdi::PairingKey</name>
    <message>
        <source>&apos;%1&apos; is not a pairing code: it may only contain digits and the letters A-Z without U.</source>
        <translation>&apos;%1&apos; non è un codice di abbinamento: può contenere solo cifre e le lettere A-Z tranne la U.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pairing code: a code has %2 characters, as in 7KQ4M-2XH9D.</source>
        <translation>&apos;%1&apos; non è un codice di abbinamento: un codice ha %2 caratteri, come 7KQ4M-2XH9D.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; non è un id di nodo valido.</translation>
    </message>
</context>
<context>
    <name>mdi::PdfChip</name>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>of %1, reading…</source>
        <translation>di %1, lettura…</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>di %1</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Prima pagina</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Ultima pagina</translation>
    </message>
    <message>
        <source>pages %1 to %2 of %3</source>
        <translation>pagine da %1 a %2 di %3</translation>
    </message>
    <message>
        <source>Attached PDF %1, %2</source>
        <translation>PDF allegato %1, %2</translation>
    </message>
    <message>
        <source>%1
Each page goes to the model as an image: %2</source>
        <translation>%1
Ogni pagina arriva al modello come immagine: %2</translation>
    </message>
    <message>
        <source>Remove this PDF</source>
        <translation>Rimuovi questo PDF</translation>
    </message>
    <message>
        <source>Remove PDF %1</source>
        <translation>Rimuovi il PDF %1</translation>
    </message>
</context>
<context>
    <name>mdi::PdfPages</name>
    <message>
        <source>PDF support was not built in: this copy of MDI Chat was built without poppler-qt6. Attach the pages as images instead (a screenshot or an export from a PDF viewer).</source>
        <translation>Il supporto PDF non è incluso: questa copia di MDI Chat è stata compilata senza poppler-qt6. Allega invece le pagine come immagini (uno screenshot o un&apos;esportazione da un visualizzatore PDF).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; larger PDFs are not accepted</source>
        <translation>%1 supera i %2 MB; i PDF più grandi non sono accettati</translation>
    </message>
    <message>
        <source>PDF from a data: URL</source>
        <translation>PDF da un URL data:</translation>
    </message>
    <message>
        <source>%1: malformed data: URL (data:application/pdf;base64,...)</source>
        <translation>%1: URL data: non valido (data:application/pdf;base64,...)</translation>
    </message>
    <message>
        <source>%1: only base64-encoded data: URLs are supported</source>
        <translation>%1: sono supportati solo URL data: codificati in base64</translation>
    </message>
    <message>
        <source>%1: it holds over %2 MB; larger PDFs are not accepted</source>
        <translation>%1: contiene più di %2 MB; i PDF più grandi non sono accettati</translation>
    </message>
    <message>
        <source>%1: malformed data: URL: the base64 data is invalid</source>
        <translation>%1: URL data: non valido: i dati base64 non sono validi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF file</source>
        <translation>%1 non è un file PDF</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF: the file is damaged</source>
        <translation>%1 non può essere letto come PDF: il file è danneggiato</translation>
    </message>
    <message>
        <source>%1 is protected by a password; save a copy without the password and attach that</source>
        <translation>%1 è protetto da password; salva una copia senza password e allega quella</translation>
    </message>
    <message>
        <source>%1 has no pages</source>
        <translation>%1 non ha pagine</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); there is no page %2</source>
        <translation>
            <numerusform>%1 ha %n pagina; non c&apos;è una pagina %2</numerusform>
            <numerusform>%1 ha %n pagine; non c&apos;è una pagina %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: page %2 has no size and cannot be shown</source>
        <translation>%1: la pagina %2 non ha dimensioni e non può essere mostrata</translation>
    </message>
    <message>
        <source>%1: page %2 could not be drawn (the file may be damaged)</source>
        <translation>%1: impossibile disegnare la pagina %2 (il file potrebbe essere danneggiato)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); pages %2 to %3 cannot be taken</source>
        <translation>
            <numerusform>%1 ha %n pagina; non si possono prendere le pagine da %2 a %3</numerusform>
            <numerusform>%1 ha %n pagine; non si possono prendere le pagine da %2 a %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 pages are more than one message takes (at most %3); choose fewer pages</source>
        <translation>%1: %2 pagine sono più di quante ne accetti un messaggio (al massimo %3); scegli meno pagine</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); with the pages before it that is more than %2, the most one request takes</source>
        <translation>
            <numerusform>%1 ha %n pagina; con le pagine precedenti sono più di %2, il massimo di una richiesta</numerusform>
            <numerusform>%1 ha %n pagine; con le pagine precedenti sono più di %2, il massimo di una richiesta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PeerConnection</name>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>Impossibile connettersi a %1 entro %2 s.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the node is not paired with this computer.</source>
        <translation>Impossibile connettersi a %1: il nodo non è abbinato a questo computer.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 ha chiuso la connessione.</translation>
    </message>
    <message>
        <source>The node at %1 is &apos;%2&apos;, not the paired node &apos;%3&apos;.</source>
        <translation>Il nodo all&apos;indirizzo %1 è &apos;%2&apos;, non il nodo abbinato &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Cannot pair with %1: %2</source>
        <translation>Impossibile abbinarsi a %1: %2</translation>
    </message>
    <message>
        <source>The node at %1 (&apos;%2&apos;) is not paired with this computer.</source>
        <translation>Il nodo all&apos;indirizzo %1 (&apos;%2&apos;) non è abbinato a questo computer.</translation>
    </message>
    <message>
        <source>%1 speaks protocol version %2 (this program speaks version %3) and refused the connection: %4</source>
        <translation>%1 parla la versione %2 del protocollo (questo programma parla la versione %3) e ha rifiutato la connessione: %4</translation>
    </message>
    <message>
        <source>%1 sent an invalid frame: %2</source>
        <translation>%1 ha inviato un frame non valido: %2</translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>Connessione da %1 rifiutata: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: the pairing code is wrong or the node has a new one (%2).</source>
        <translation>Handshake TLS con %1 non riuscito: il codice di abbinamento è errato o il nodo ne ha uno nuovo (%2).</translation>
    </message>
    <message>
        <source>%1 refused the connection: is mdi-node running there?</source>
        <translation>%1 ha rifiutato la connessione: mdi-node è in esecuzione lì?</translation>
    </message>
    <message>
        <source>The host of %1 was not found.</source>
        <translation>Host di %1 non trovato.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (wrong pairing code?).</source>
        <translation>%1 ha chiuso la connessione durante l&apos;handshake TLS (codice di abbinamento errato?).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossibile connettersi a %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Connessione a %1 non riuscita: %2</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing arrived for %2 s.</source>
        <translation>%1 ha smesso di rispondere: nulla ricevuto per %2 s.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Non connesso a %1.</translation>
    </message>
    <message>
        <source>%1 closed the connection before checking the pairing code: the node is busy with other connections, or it pauses this computer after failed pairing attempts. Try again in a minute.</source>
        <translation>%1 ha chiuso la connessione prima di verificare il codice di abbinamento: il nodo è occupato con altre connessioni, oppure blocca temporaneamente questo computer dopo tentativi di abbinamento falliti. Riprova tra un minuto.</translation>
    </message>
</context>
<context>
    <name>mdi::PeerList</name>
    <message>
        <source>&apos;%1&apos; is not a host name or address with an optional port, such as 192.168.1.20:%2.</source>
        <translation>&apos;%1&apos; non è un nome host o un indirizzo con una porta facoltativa, come 192.168.1.20:%2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid port.</source>
        <translation>&apos;%1&apos; non ha una porta valida.</translation>
    </message>
</context>
<context>
    <name>mdi::PeerPlacement</name>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT with a port from 1 to 65535.</source>
        <translation>&apos;%1&apos; non è HOST:PORT con una porta da 1 a 65535.</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) need at least %n stage(s); the plan has %1.</source>
        <translation>
            <numerusform>%n peer richiede almeno %n stadio; il piano ne ha %1.</numerusform>
            <numerusform>%n peer richiedono almeno %n stadi; il piano ne ha %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PeerRoster</name>
    <message>
        <source>%1 was not added by hand, so it cannot be removed.</source>
        <translation>%1 non è stato aggiunto a mano, quindi non può essere rimosso.</translation>
    </message>
    <message>
        <source>Choose the peer to pair with in the list.</source>
        <translation>Scegli nell&apos;elenco il peer con cui abbinarti.</translation>
    </message>
    <message>
        <source>Cannot pair with %1: it is not in the list of peers.</source>
        <translation>Impossibile associarsi a %1: non è nell&apos;elenco dei peer.</translation>
    </message>
    <message>
        <source>Not paired with %1: the code for another peer is still being checked.</source>
        <translation>Non associato a %1: il codice di un altro peer è ancora in verifica.</translation>
    </message>
    <message>
        <source>Not paired with %1: %2</source>
        <translation>Non abbinato a %1: %2</translation>
    </message>
    <message>
        <source>Paired with %1. Apply and reload to run layers there.</source>
        <translation>Abbinato a %1. Applica e ricarica per eseguire strati su di esso.</translation>
    </message>
    <message>
        <source>%1 is not paired.</source>
        <translation>%1 non è associato.</translation>
    </message>
    <message>
        <source>%1 (another protocol version)</source>
        <translation>%1 (altra versione del protocollo)</translation>
    </message>
    <message>
        <source>A beacon placed %1 at %2, but no handshake with its key succeeded there, so it is still used at its old address: %3</source>
        <translation>Un beacon ha collocato %1 a %2, ma lì nessun handshake con la sua chiave è riuscito, quindi viene ancora usato al suo vecchio indirizzo: %3</translation>
    </message>
    <message>
        <source>%1 moved to %2 (verified by a handshake with its key).</source>
        <translation>%1 si è spostato a %2 (verificato con un handshake con la sua chiave).</translation>
    </message>
</context>
<context>
    <name>mdi::PeerServer</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; non è un id di nodo valido.</translation>
    </message>
    <message>
        <source>The node has no pairing key.</source>
        <translation>Il nodo non ha una chiave di abbinamento.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossibile restare in ascolto su %1: %2</translation>
    </message>
    <message>
        <source>The node stopped serving.</source>
        <translation>Il nodo ha smesso di fornire il servizio.</translation>
    </message>
    <message>
        <source>too many handshakes in progress</source>
        <translation>troppi handshake in corso</translation>
    </message>
    <message>
        <source>TLS handshake failed (a wrong pairing code, or not TLS): %1</source>
        <translation>handshake TLS non riuscito (codice di abbinamento errato, o non TLS): %1</translation>
    </message>
    <message>
        <source>closed during the TLS handshake</source>
        <translation>chiusa durante l&apos;handshake TLS</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation>nessun handshake TLS entro %1 s</translation>
    </message>
    <message numerus="yes">
        <source>This node already serves %n connection(s).</source>
        <translation>
            <numerusform>Questo nodo serve già %n connessione.</numerusform>
            <numerusform>Questo nodo serve già %n connessioni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed pairing attempt(s) in a row from this address; it is refused for another %1 s</source>
        <translation>
            <numerusform>%n tentativo di abbinamento fallito di seguito da questo indirizzo; viene rifiutato per altri %1 s</numerusform>
            <numerusform>%n tentativi di abbinamento falliti di seguito da questo indirizzo; viene rifiutato per altri %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>closed before sending anything</source>
        <translation>chiusa prima di inviare qualcosa</translation>
    </message>
    <message>
        <source>nothing received within %1 s</source>
        <translation>niente ricevuto entro %1 s</translation>
    </message>
    <message>
        <source>too many handshakes in progress from %1</source>
        <translation>troppi handshake in corso da %1</translation>
    </message>
    <message>
        <source>sent nothing; its slot went to a newer connection</source>
        <translation>non ha inviato nulla; il suo slot è andato a una connessione più recente</translation>
    </message>
</context>
<context>
    <name>mdi::PeersPanel</name>
    <message>
        <source>Added %1. Enter the pairing code that mdi-node shows there to pair with it.</source>
        <translation>Aggiunto %1. Inserisci il codice di abbinamento che mdi-node mostra su quel computer per abbinarti.</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Peers on the network</source>
        <translation>Peer nella rete</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Abbinamento</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>Memoria libera</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carico</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>Computers running mdi-node. Tick a paired peer to let it run layers of the model.</source>
        <translation>Computer che eseguono mdi-node. Seleziona un peer abbinato per fargli eseguire strati del modello.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>Peer address (host:port)</source>
        <translation>Indirizzo del peer (host:porta)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <source>Add a peer by its address, for networks where it is not found on its own</source>
        <translation>Aggiungi un peer tramite il suo indirizzo, per le reti in cui non viene trovato da solo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Remove the peer added by hand</source>
        <translation>Rimuovi il peer aggiunto a mano</translation>
    </message>
    <message>
        <source>Pairing c&amp;ode:</source>
        <translation>C&amp;odice di abbinamento:</translation>
    </message>
    <message>
        <source>Pairing code of the selected peer</source>
        <translation>Codice di abbinamento del peer selezionato</translation>
    </message>
    <message>
        <source>The code mdi-node prints when it starts. It is checked with the peer and not kept.</source>
        <translation>Il codice che mdi-node stampa all&apos;avvio. Viene verificato con il peer e non viene conservato.</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>A&amp;bbina</translation>
    </message>
    <message>
        <source>Forget Pairin&amp;g</source>
        <translation>Dimentica abbinamen&amp;to</translation>
    </message>
    <message>
        <source>Layer placement</source>
        <translation>Posizionamento degli strati</translation>
    </message>
    <message>
        <source>P&amp;lacement:</source>
        <translation>&amp;Posizionamento:</translation>
    </message>
    <message>
        <source>Automatic (planner)</source>
        <translation>Automatico (pianificatore)</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Solo questo computer</translation>
    </message>
    <message>
        <source>Automatic splits the layers between this computer and the peers in use by their speed and free memory.</source>
        <translation>L&apos;opzione automatica ripartisce gli strati tra questo computer e i peer in uso in base alla loro velocità e alla memoria libera.</translation>
    </message>
    <message>
        <source>Appl&amp;y and Reload</source>
        <translation>App&amp;lica e ricarica</translation>
    </message>
    <message>
        <source>Reload the model with this placement and the peers in use</source>
        <translation>Ricarica il modello con questo posizionamento e i peer in uso</translation>
    </message>
    <message>
        <source>Looking for peers on the local network. Start mdi-node on another computer, or add one by its address.</source>
        <translation>Ricerca di peer nella rete locale. Avvia mdi-node su un altro computer oppure aggiungine uno tramite l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation>Il rilevamento è disattivato: %1</translation>
    </message>
    <message>
        <source>Discovery is off. Add peers by their address.</source>
        <translation>Il rilevamento è disattivato. Aggiungi i peer tramite il loro indirizzo.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>questo computer</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Rimosso %1.</translation>
    </message>
    <message>
        <source>Checking the code with %1…</source>
        <translation>Verifica del codice con %1…</translation>
    </message>
    <message>
        <source>Forgot the pairing with %1. Its code is needed to pair again.</source>
        <translation>Abbinamento con %1 dimenticato. Per abbinarlo di nuovo serve il suo codice.</translation>
    </message>
    <message>
        <source>%1 will run layers after Apply and Reload.</source>
        <translation>%1 eseguirà strati dopo Applica e ricarica.</translation>
    </message>
    <message>
        <source>%1 will not be used after Apply and Reload.</source>
        <translation>%1 non verrà usato dopo Applica e ricarica.</translation>
    </message>
    <message>
        <source>%1
node id %2</source>
        <translation>%1
id nodo %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non indicata</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non misurata</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>not on the network</source>
        <translation>non presente nella rete</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>aggiunto a mano</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s fa</numerusform>
            <numerusform>%n s fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Abbinato</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Non abbinato</translation>
    </message>
    <message>
        <source>Incompatible (protocol %1)</source>
        <translation>Incompatibile (protocollo %1)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica…</translation>
    </message>
    <message>
        <source>Tick the name to run layers of the model on %1.</source>
        <translation>Seleziona il nome per eseguire strati del modello su %1.</translation>
    </message>
    <message>
        <source>Select it and enter the pairing code that mdi-node shows there.</source>
        <translation>Selezionalo e inserisci il codice di abbinamento che mdi-node mostra su quel computer.</translation>
    </message>
    <message>
        <source>Paired with %1. Apply and reload to run layers there.</source>
        <translation>Abbinato a %1. Applica e ricarica per eseguire strati su di esso.</translation>
    </message>
    <message>
        <source>Last reported: %1</source>
        <translation>Ultimo valore indicato: %1</translation>
    </message>
    <message>
        <source>Paired, away</source>
        <translation>Abbinato, assente</translation>
    </message>
</context>
<context>
    <name>mdi::Pipeline</name>
    <message>
        <source>The plan places layers %1-%2 on &apos;%3&apos;, which is neither this computer nor a known peer.</source>
        <translation>Il piano colloca gli strati %1-%2 su &apos;%3&apos;, che non è né questo computer né un peer noto.</translation>
    </message>
    <message>
        <source>Loading the model failed: %1</source>
        <translation>Caricamento del modello non riuscito: %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>questo computer</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3), and loading them here failed: %4</source>
        <translation>Il peer che eseguiva gli strati %1-%2 è stato perso (%3) e il loro caricamento qui non è riuscito: %4</translation>
    </message>
    <message>
        <source>Other peers could not take them: %1</source>
        <translation>Altri peer non hanno potuto prenderli in carico: %1</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3); they now run on %4 and the answers in progress continue.</source>
        <translation>Il peer che eseguiva gli strati %1-%2 è stato perso (%3); ora vengono eseguiti su %4 e le risposte in corso proseguono.</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3); they now run on this computer and the answers in progress continue.</source>
        <translation>Il peer che eseguiva gli strati %1-%2 è stato perso (%3); ora vengono eseguiti su questo computer e le risposte in corso proseguono.</translation>
    </message>
    <message>
        <source>The model was unloaded before the answer finished.</source>
        <translation>Il modello è stato scaricato dalla memoria prima che la risposta fosse completata.</translation>
    </message>
    <message>
        <source>The conversation was closed before the answer finished.</source>
        <translation>La conversazione è stata chiusa prima che la risposta fosse completata.</translation>
    </message>
    <message>
        <source>This conversation is still answering; stop it first.</source>
        <translation>Questa conversazione sta ancora rispondendo; interrompila prima.</translation>
    </message>
</context>
<context>
    <name>mdi::PlacementAssembly</name>
    <message>
        <source>this computer</source>
        <translation>questo computer</translation>
    </message>
    <message>
        <source>The layers cannot be placed: %1</source>
        <translation>Impossibile posizionare gli strati: %1</translation>
    </message>
</context>
<context>
    <name>mdi::Plan</name>
    <message>
        <source>The layer plan is empty: write ranges such as 0-%1,%1-%2 (first layer, then the layer after the last).</source>
        <translation>Il piano degli strati è vuoto: scrivi intervalli come 0-%1,%1-%2 (il primo strato, poi lo strato dopo l&apos;ultimo).</translation>
    </message>
    <message>
        <source>The layer plan &apos;%2&apos; is not a range such as 0-%1 (first layer, then the layer after the last), nor a list of them such as 0-%3,%3-%1.</source>
        <translation>Il piano degli strati &apos;%2&apos; non è un intervallo come 0-%1 (il primo strato, poi lo strato dopo l&apos;ultimo), né un elenco di intervalli come 0-%3,%3-%1.</translation>
    </message>
    <message>
        <source>&apos;%2&apos; in the layer plan &apos;%3&apos; is not a range such as 0-%1 (first layer, then the layer after the last).</source>
        <translation>&apos;%2&apos; nel piano degli strati &apos;%3&apos; non è un intervallo come 0-%1 (il primo strato, poi lo strato dopo l&apos;ultimo).</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan is out of range: the model has %2 decoder layers (0-%2).</source>
        <translation>L&apos;intervallo %1 nel piano degli strati è fuori dai limiti: il modello ha %2 strati del decoder (0-%2).</translation>
    </message>
    <message>
        <source>The model has no decoder layers to place.</source>
        <translation>Il modello non ha strati del decoder da collocare.</translation>
    </message>
    <message>
        <source>The layer plan has no stages: the model&apos;s %1 decoder layers must be placed.</source>
        <translation>Il piano degli strati non ha stadi: i %1 strati del decoder del modello devono essere collocati.</translation>
    </message>
    <message>
        <source>The ranges of the layer plan are out of order: %1 comes after %2; list them in ring order, each starting where the previous one ends.</source>
        <translation>Gli intervalli del piano degli strati non sono in ordine: %1 viene dopo %2; elencali in ordine di anello, ognuno a partire da dove termina il precedente.</translation>
    </message>
    <message>
        <source>Stage %1 (layers %2) of the layer plan has no host.</source>
        <translation>Lo stadio %1 (strati %2) del piano degli strati non ha un host.</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan ends before it starts: write the first layer, then the layer after the last (%2).</source>
        <translation>L&apos;intervallo %1 nel piano degli strati termina prima di iniziare: scrivi il primo strato, poi lo strato dopo l&apos;ultimo (%2).</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan holds no layers: the second number is the layer after the last (%2 for layer %3 alone).</source>
        <translation>L&apos;intervallo %1 nel piano degli strati non contiene strati: il secondo numero è lo strato dopo l&apos;ultimo (%2 per il solo strato %3).</translation>
    </message>
    <message>
        <source>%1 in no stage: the first range must start at 0.</source>
        <translation>%1 fuori da ogni stadio: il primo intervallo deve iniziare da 0.</translation>
    </message>
    <message>
        <source>%1 in no stage: %2 is followed by %3; each range must start where the previous one ends.</source>
        <translation>%1 fuori da ogni stadio: %2 è seguito da %3; ogni intervallo deve iniziare dove termina il precedente.</translation>
    </message>
    <message>
        <source>The ranges %1 and %2 of the layer plan overlap (%3 in both); each range must start where the previous one ends (%4).</source>
        <translation>Gli intervalli %1 e %2 del piano degli strati si sovrappongono (%3 in entrambi); ogni intervallo deve iniziare dove termina il precedente (%4).</translation>
    </message>
    <message>
        <source>%2 in no stage: the last range must end at %1, the number of decoder layers.</source>
        <translation>%2 fuori da ogni stadio: l&apos;ultimo intervallo deve terminare a %1, il numero di strati del decoder.</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>strato %1</translation>
    </message>
    <message>
        <source>layers %1</source>
        <translation>strati %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Layer %1 is</source>
        <translation>Lo strato %1 è</translation>
    </message>
    <message>
        <source>Layers %1 to %2 are</source>
        <translation>Gli strati da %1 a %2 sono</translation>
    </message>
</context>
<context>
    <name>mdi::PlanView</name>
    <message>
        <source>Loading progress</source>
        <translation>Avanzamento del caricamento</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Strati</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Eseguito su</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Plan: which layers run where</source>
        <translation>Piano: quali strati vengono eseguiti dove</translation>
    </message>
    <message>
        <source>The decoder layers of each stage and where they run. This computer always runs the vision tower, the embedding and the head.</source>
        <translation>Gli strati del decoder di ogni stadio e dove vengono eseguiti. Questo computer esegue sempre la torre visiva, l&apos;embedding e la testa.</translation>
    </message>
    <message>
        <source>Token rows the stage computes per second of work, since the model was loaded</source>
        <translation>Righe di token che lo stadio calcola per secondo di lavoro, dal caricamento del modello</translation>
    </message>
    <message>
        <source>Weights and key/value caches the stage holds</source>
        <translation>Pesi e cache chiave/valore contenuti nello stadio</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Layers %1</source>
        <translation>Strati %1</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/s</translation>
    </message>
    <message>
        <source>Loading: the peers receive the weights of their layers (those they do not have cached yet)…</source>
        <translation>Caricamento: i peer ricevono i pesi dei loro strati (quelli che non hanno ancora in cache)…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Caricamento del modello…</translation>
    </message>
    <message>
        <source>Every layer runs on this computer.</source>
        <translation>Tutti gli strati vengono eseguiti su questo computer.</translation>
    </message>
    <message>
        <source>Weights sent to peers while loading: %1</source>
        <translation>Pesi inviati ai peer durante il caricamento: %1</translation>
    </message>
    <message>
        <source>No weights were sent while loading: the peers had them cached.</source>
        <translation>Nessun peso inviato durante il caricamento: i peer li avevano in cache.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Nessun modello caricato.</translation>
    </message>
    <message>
        <source>Not used (not found on the network): %1</source>
        <translation>Non usati (non trovati nella rete): %1</translation>
    </message>
</context>
<context>
    <name>mdi::Planner</name>
    <message>
        <source>The model has no decoder layers to place.</source>
        <translation>Il modello non ha strati del decoder da collocare.</translation>
    </message>
    <message>
        <source>There is no computer to run the model on.</source>
        <translation>Non c&apos;è alcun computer su cui eseguire il modello.</translation>
    </message>
    <message>
        <source>Cannot plan for a context of %1 tokens and %2 sessions: both must be at least 1.</source>
        <translation>Impossibile pianificare per un contesto di %1 token e %2 sessioni: entrambi devono essere almeno 1.</translation>
    </message>
    <message>
        <source>The host &apos;%1&apos; has no id.</source>
        <translation>L&apos;host &apos;%1&apos; non ha un id.</translation>
    </message>
    <message>
        <source>Two hosts have the id &apos;%1&apos;.</source>
        <translation>Due host hanno l&apos;id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Only one host can hold the embedding and head, but %1 and %2 both claim to.</source>
        <translation>Solo un host può contenere l&apos;embedding e la testa, ma sia %1 sia %2 li rivendicano.</translation>
    </message>
    <message>
        <source>No speed is known for %1, but it must run the model&apos;s embedding and head.</source>
        <translation>Nessuna velocità nota per %1, che però deve eseguire l&apos;embedding e la testa del modello.</translation>
    </message>
    <message>
        <source>The model&apos;s embedding, vision tower and head need %2 in %3 on %1, plus %4 kept free, but it has only %5 free.</source>
        <translation>L&apos;embedding, la torre visiva e la testa del modello richiedono %2 in %3 su %1, più %4 da lasciare liberi, ma sono disponibili solo %5.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2, no speed measured</source>
        <translation>%1 %2, nessuna velocità misurata</translation>
    </message>
    <message>
        <source>The model needs %3 in %4: %5 for its %1 decoder layers (weights and the key/value cache for %2 tokens)</source>
        <translation>Il modello richiede %3 in %4: %5 per i suoi %1 strati del decoder (pesi e cache chiave/valore per %2 token)</translation>
    </message>
    <message>
        <source>, %1 on %2 for the embedding, vision tower and head</source>
        <translation>, %1 su %2 per l&apos;embedding, la torre visiva e la testa</translation>
    </message>
    <message>
        <source>, and %1 kept free on each host. The hosts have %4 free (%5): room for only %2 of the %3 layers.</source>
        <translation>, e %1 da lasciare liberi su ogni host. Gli host hanno %4 liberi (%5): c&apos;è spazio solo per %2 dei %3 strati.</translation>
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
        <translation>Impossibile catturare lo schermo: non c&apos;è una sessione D-Bus (il portale del desktop risponde lì).</translation>
    </message>
    <message>
        <source>The desktop portal refused the screenshot: %1</source>
        <translation>Il portale del desktop ha rifiutato lo screenshot: %1</translation>
    </message>
    <message>
        <source>Capturing the screen on Wayland needs the desktop portal, and this copy of MDI Chat was built without D-Bus support. Take a screenshot with your desktop&apos;s tool and paste it (Ctrl+V).</source>
        <translation>Catturare lo schermo su Wayland richiede il portale del desktop, e questa copia di MDI Chat è stata compilata senza D-Bus. Fai uno screenshot con lo strumento del tuo desktop e incollalo (Ctrl+V).</translation>
    </message>
    <message>
        <source>The desktop portal could not take the screenshot.</source>
        <translation>Il portale del desktop non è riuscito a fare lo screenshot.</translation>
    </message>
    <message>
        <source>The screenshot the portal wrote (%1) cannot be read.</source>
        <translation>Impossibile leggere lo screenshot scritto dal portale (%1).</translation>
    </message>
</context>
<context>
    <name>mdi::PrecisionChoice</name>
    <message>
        <source>%1 as requested.</source>
        <translation>%1, come richiesto.</translation>
    </message>
    <message>
        <source>%1: the checkpoint&apos;s own precision (best quality).</source>
        <translation>%1: la precisione originale del checkpoint (massima qualità).</translation>
    </message>
    <message>
        <source>Automatic: bf16 on %1.</source>
        <translation>Automatico: bf16 su %1.</translation>
    </message>
    <message>
        <source>Automatic: 8-bit language model (decoding reads every weight once per token, so fewer bytes are faster), %1 vision tower (best quality); %2 kernels on this CPU.</source>
        <translation>Automatico: modello linguistico a 8-bit (la decodifica legge ogni peso una volta per token, quindi meno byte significano più velocità), torre visiva in %1 (massima qualità); kernel %2 su questa CPU.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a precision; %2</source>
        <translation>&apos;%1&apos; non è una precisione; %2</translation>
    </message>
</context>
<context>
    <name>mdi::PromptPlanner</name>
    <message numerus="yes">
        <source>The prompt needs %1 tokens (%2 of them for %n image(s)), but the model&apos;s context holds %3. Use fewer or smaller images (lower the maximum image size) or a shorter conversation.</source>
        <translation>
            <numerusform>Il prompt richiede %1 token (di cui %2 per %n immagine), ma il contesto del modello ne contiene %3. Usa immagini meno numerose o più piccole (riduci la dimensione massima delle immagini) oppure una conversazione più breve.</numerusform>
            <numerusform>Il prompt richiede %1 token (di cui %2 per %n immagini), ma il contesto del modello ne contiene %3. Usa immagini meno numerose o più piccole (riduci la dimensione massima delle immagini) oppure una conversazione più breve.</numerusform>
        </translation>
    </message>
    <message>
        <source>The prompt contains a video token (&lt;|video_pad|&gt;); video input is not supported.</source>
        <translation>Il prompt contiene un token video (&lt;|video_pad|&gt;); l&apos;input video non è supportato.</translation>
    </message>
</context>
<context>
    <name>mdi::PskTls</name>
    <message>
        <source>TLS is not available (Qt&apos;s TLS backend &apos;%1&apos; did not load %2), so peers cannot be reached.</source>
        <translation>TLS non è disponibile (il backend TLS &apos;%1&apos; di Qt non ha caricato %2), quindi i peer non sono raggiungibili.</translation>
    </message>
    <message>
        <source>The TLS backend &apos;%1&apos; does not support pre-shared keys, which peers use; Qt&apos;s OpenSSL backend does.</source>
        <translation>Il backend TLS &apos;%1&apos; non supporta le chiavi precondivise usate dai peer; il backend OpenSSL di Qt le supporta.</translation>
    </message>
    <message>
        <source>The TLS backend &apos;%1&apos; (%2) offers none of the TLS-PSK cipher suites peers use (%3).</source>
        <translation>Il backend TLS &apos;%1&apos; (%2) non offre nessuna delle suite di cifratura TLS-PSK usate dai peer (%3).</translation>
    </message>
</context>
<context>
    <name>mdi::Qwen2VLModel</name>
    <message>
        <source>Nothing to process: the prompt has no tokens.</source>
        <translation>Niente da elaborare: il prompt non ha token.</translation>
    </message>
    <message>
        <source>Image %1 has %2 pixel values; its %3x%4 patch grid needs %5.</source>
        <translation>L&apos;immagine %1 ha %2 valori di pixel; la sua griglia di patch %3x%4 ne richiede %5.</translation>
    </message>
    <message>
        <source>Prefill failed: %1</source>
        <translation>Prefill non riuscito: %1</translation>
    </message>
    <message>
        <source>Decoding failed: %1</source>
        <translation>Decodifica non riuscita: %1</translation>
    </message>
    <message>
        <source>Cannot keep %1 tokens: the cache holds %2.</source>
        <translation>Impossibile mantenere %1 token: la cache ne contiene %2.</translation>
    </message>
</context>
<context>
    <name>mdi::RandomCheckpointWriter</name>
    <message>
        <source>Random checkpoints are written in BF16 or F32, not %1.</source>
        <translation>I checkpoint casuali vengono scritti in BF16 o F32, non in %1.</translation>
    </message>
    <message>
        <source>The shard size must be positive.</source>
        <translation>La dimensione dei frammenti deve essere positiva.</translation>
    </message>
    <message>
        <source>%1 has no tokenizer.json to copy.</source>
        <translation>%1 non ha un tokenizer.json da copiare.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new folder or allow overwriting.</source>
        <translation>%1 non è vuota; scegli una nuova cartella o consenti la sovrascrittura.</translation>
    </message>
    <message>
        <source>%1 needs %2 MB of free space; %3 MB are available.</source>
        <translation>%1 richiede %2 MB di spazio libero; sono disponibili %3 MB.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Impossibile copiare %1 in %2.</translation>
    </message>
    <message>
        <source>The written checkpoint does not validate: %1</source>
        <translation>Il checkpoint scritto non supera la validazione: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: impossibile scrivere: %2</translation>
    </message>
</context>
<context>
    <name>mdi::Reader</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; deve essere una stringa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; at most %3 are allowed</source>
        <translation>&quot;%1&quot; è lungo %2 caratteri; ne sono consentiti al massimo %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; deve essere un numero intero da %2 a %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; deve essere un oggetto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; deve essere un array</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 entries; at most %3 are allowed</source>
        <translation>&quot;%1&quot; ha %2 voci; ne sono consentite al massimo %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 time such as 2024-05-01T12:00:00.000Z; got &quot;%2&quot;</source>
        <translation>&quot;%1&quot; deve essere un orario ISO 8601 come 2024-05-01T12:00:00.000Z; ricevuto &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>mdi::RegionSelector</name>
    <message>
        <source>Screen region selection</source>
        <translation>Selezione di un&apos;area dello schermo</translation>
    </message>
    <message>
        <source>Drag over the part of the screen to attach; Esc cancels.</source>
        <translation>Trascina sulla parte dello schermo da allegare; Esc annulla.</translation>
    </message>
    <message>
        <source>Drag over the part of the screen to attach. Esc cancels.</source>
        <translation>Trascina sulla parte dello schermo da allegare. Esc annulla.</translation>
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
        <translation>%1 ha risposto a Hello con un messaggio non valido: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: layers %2-%3</source>
        <translation>%1: strati %2-%3</translation>
    </message>
    <message>
        <source>%1 sent a bad answer to LoadStage.</source>
        <translation>%1 ha inviato una risposta non valida a LoadStage.</translation>
    </message>
    <message>
        <source>%1 sent a bad WeightAck: %2</source>
        <translation>%1 ha inviato un WeightAck non valido: %2</translation>
    </message>
    <message>
        <source>%1 received tensor %2 damaged (SHA-256 mismatch).</source>
        <translation>%1 ha ricevuto il tensore %2 danneggiato (SHA-256 non corrispondente).</translation>
    </message>
    <message>
        <source>%1 sent a bad StageReady: %2</source>
        <translation>%1 ha inviato uno StageReady non valido: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an unreadable error</source>
        <translation>un errore illeggibile</translation>
    </message>
    <message>
        <source>%1 refused the stage: %2</source>
        <translation>%1 ha rifiutato lo stadio: %2</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>la connessione è stata chiusa</translation>
    </message>
    <message>
        <source>Lost the peer %1: %2</source>
        <translation>Peer %1 perso: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>The checkpoint has no tensor %1.</source>
        <translation>Il checkpoint non ha il tensore %1.</translation>
    </message>
    <message>
        <source>Loading layers %1-%2 on %3 was cancelled.</source>
        <translation>Il caricamento degli strati %1-%2 su %3 è stato annullato.</translation>
    </message>
    <message>
        <source>answer Hello</source>
        <translation>risposto a Hello</translation>
    </message>
    <message>
        <source>answer LoadStage</source>
        <translation>risposto a LoadStage</translation>
    </message>
    <message>
        <source>sent an unreadable Result (%1)</source>
        <translation>ha inviato un Result illeggibile (%1)</translation>
    </message>
    <message>
        <source>answered step %1 of session %2 with step %3 of session %4</source>
        <translation>ha risposto al passo %1 della sessione %2 con il passo %3 della sessione %4</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>ha inviato %1</translation>
    </message>
    <message>
        <source>sent hidden states that could not be read (%1)</source>
        <translation>ha inviato stati nascosti che non è stato possibile leggere (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>take the weights</source>
        <translation>preso i pesi</translation>
    </message>
    <message>
        <source>send StageReady</source>
        <translation>inviato StageReady</translation>
    </message>
    <message>
        <source>did not %1 in time (layers %2-%3)</source>
        <translation>non ha %1 in tempo (strati %2-%3)</translation>
    </message>
    <message>
        <source>did not answer a Forward (%1 tokens) within %2 s</source>
        <translation>non ha risposto a un Forward (%1 token) entro %2 s</translation>
    </message>
    <message>
        <source>did not answer a DropSession within %1 s</source>
        <translation>non ha risposto a un DropSession entro %1 s</translation>
    </message>
    <message>
        <source>answered a Forward with a ResultBatch</source>
        <translation>ha risposto a un Forward con un ResultBatch</translation>
    </message>
    <message>
        <source>sent an unreadable ResultBatch (%1)</source>
        <translation>ha inviato un ResultBatch illeggibile (%1)</translation>
    </message>
    <message>
        <source>answered a batch of %1 steps with %2</source>
        <translation>ha risposto a un lotto di %1 passi con %2</translation>
    </message>
    <message>
        <source>sent %1 rows for a step of session %2 that has %3</source>
        <translation>ha inviato %1 righe per un passo della sessione %2 che ne ha %3</translation>
    </message>
</context>
<context>
    <name>mdi::ResourceLine</name>
    <message>
        <source>Resources</source>
        <translation>Risorse</translation>
    </message>
</context>
<context>
    <name>mdi::ResourceSummary</name>
    <message>
        <source>on this computer</source>
        <translation>su questo computer</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>su %1</translation>
    </message>
    <message>
        <source>all %1 parts on %2</source>
        <translation>tutte le %1 parti su %2</translation>
    </message>
    <message>
        <source>%1 of %2 parts on %3</source>
        <translation>%1 di %2 parti su %3</translation>
    </message>
    <message>
        <source>%1, the rest here</source>
        <translation>%1, il resto qui</translation>
    </message>
    <message>
        <source>%1 in memory</source>
        <translation>%1 in memoria</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 thread</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/s</translation>
    </message>
    <message>
        <source>MDI Chat uses %1 of this computer&apos;s memory.</source>
        <translation>MDI Chat usa %1 della memoria di questo computer.</translation>
    </message>
    <message>
        <source>It computes with %1 threads.</source>
        <translation>Calcola con %1 thread.</translation>
    </message>
    <message>
        <source>The last answer came at %1 tokens a second.</source>
        <translation>L&apos;ultima risposta è arrivata a %1 token al secondo.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>questo computer</translation>
    </message>
    <message>
        <source>Part %1 of %2 on %3: layers %4–%5, weights %6, conversation memory %7</source>
        <translation>Parte %1 di %2 su %3: strati %4–%5, pesi %6, memoria delle conversazioni %7</translation>
    </message>
    <message>
        <source> (%1 free there)</source>
        <translation> (%1 liberi lì)</translation>
    </message>
</context>
<context>
    <name>mdi::ResponsesRequest</name>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 deve essere una stringa</translation>
    </message>
    <message>
        <source>%1: an input_image needs &quot;image_url&quot; with a data: URL (data:image/png;base64,...); uploaded files (file_id) are not supported</source>
        <translation>%1: un input_image ha bisogno di &quot;image_url&quot; con un URL data: (data:image/png;base64,...); i file caricati (file_id) non sono supportati</translation>
    </message>
    <message>
        <source>%1: content of type &apos;%2&apos; is not supported (input_text, input_image, output_text)</source>
        <translation>%1: il contenuto di tipo &apos;%2&apos; non è supportato (input_text, input_image, output_text)</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>Il corpo della richiesta non è JSON valido: %1 alla posizione %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Il corpo della richiesta deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>&apos;previous_response_id&apos; is not supported: this server keeps no responses; send the whole conversation in &apos;input&apos;</source>
        <translation>&apos;previous_response_id&apos; non è supportato: questo server non conserva risposte; invia l&apos;intera conversazione in &apos;input&apos;</translation>
    </message>
    <message>
        <source>&apos;conversation&apos; is not supported: this server keeps no conversations; send the whole conversation in &apos;input&apos;</source>
        <translation>&apos;conversation&apos; non è supportato: questo server non conserva conversazioni; invia l&apos;intera conversazione in &apos;input&apos;</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling, built-in tools) is not supported</source>
        <translation>&apos;tools&apos; (chiamata di funzioni, strumenti integrati) non è supportato</translation>
    </message>
    <message>
        <source>&apos;background&apos; is not supported: answers are given while the request waits</source>
        <translation>&apos;background&apos; non è supportato: le risposte arrivano mentre la richiesta attende</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; (stored prompt templates) is not supported</source>
        <translation>&apos;prompt&apos; (modelli di prompt salvati) non è supportato</translation>
    </message>
    <message>
        <source>&apos;instructions&apos; must be a string</source>
        <translation>&apos;instructions&apos; deve essere una stringa</translation>
    </message>
    <message>
        <source>%1: items of type &apos;%2&apos; are not supported (only messages: this server has no tools or reasoning items)</source>
        <translation>%1: gli elementi di tipo &apos;%2&apos; non sono supportati (solo messaggi: questo server non ha strumenti né elementi di ragionamento)</translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of parts</source>
        <translation>%1.content deve essere una stringa o un elenco di parti</translation>
    </message>
    <message>
        <source>&apos;input&apos; must be a string or a list of messages</source>
        <translation>&apos;input&apos; deve essere una stringa o un elenco di messaggi</translation>
    </message>
    <message>
        <source>&apos;max_output_tokens&apos; must be an integer between 1 and %1</source>
        <translation>&apos;max_output_tokens&apos; deve essere un intero tra 1 e %1</translation>
    </message>
</context>
<context>
    <name>mdi::ResultBatchMessage</name>
    <message>
        <source>a ResultBatch needs at least one entry</source>
        <translation>un ResultBatch richiede almeno una voce</translation>
    </message>
    <message>
        <source>%1 rows for an entry (%2)</source>
        <translation>%1 righe per una voce (%2)</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>al massimo %1</translation>
    </message>
    <message>
        <source>a failed entry has none</source>
        <translation>una voce fallita non ne ha</translation>
    </message>
    <message>
        <source>the entries hold more than %1 rows</source>
        <translation>le voci contengono più di %1 righe</translation>
    </message>
</context>
<context>
    <name>mdi::ResultMessage</name>
    <message>
        <source>a failed Result carries no hidden states</source>
        <translation>un Result non riuscito non trasporta stati nascosti</translation>
    </message>
    <message>
        <source>%1 rows of hidden states for %2 tokens</source>
        <translation>%1 righe di stati nascosti per %2 token</translation>
    </message>
    <message>
        <source>hidden states need at least one column</source>
        <translation>gli stati nascosti richiedono almeno una colonna</translation>
    </message>
</context>
<context>
    <name>mdi::RopeIndex</name>
    <message>
        <source>The prompt contains a video token at position %1; video input is not supported.</source>
        <translation>Il prompt contiene un token video alla posizione %1; l&apos;input video non è supportato.</translation>
    </message>
    <message>
        <source>Image %1 has an invalid patch grid %2x%3x%4 (rows and columns must be positive multiples of %5).</source>
        <translation>L&apos;immagine %1 ha una griglia di patch non valida %2x%3x%4 (righe e colonne devono essere multipli positivi di %5).</translation>
    </message>
    <message>
        <source>Image %1 needs %2 image tokens but the prompt has %3 at position %4.</source>
        <translation>L&apos;immagine %1 richiede %2 token immagine, ma il prompt ne ha %3 alla posizione %4.</translation>
    </message>
    <message numerus="yes">
        <source>The prompt has more image placeholders than the %n image(s) given.</source>
        <translation>
            <numerusform>Il prompt ha più segnaposto per immagini di quante immagini siano state fornite (%n).</numerusform>
            <numerusform>Il prompt ha più segnaposto per immagini delle %n immagini fornite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were given but the prompt has placeholders for %1.</source>
        <translation>
            <numerusform>È stata fornita %n immagine, ma il prompt ha segnaposto per %1.</numerusform>
            <numerusform>Sono state fornite %n immagini, ma il prompt ha segnaposto per %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::SafetensorsFile</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: file non trovato (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: impossibile aprire: %2</translation>
    </message>
    <message>
        <source>%1: not a safetensors file: %2 bytes is shorter than the 8-byte header length</source>
        <translation>%1: non è un file safetensors: %2 byte sono meno degli 8 byte della lunghezza dell&apos;intestazione</translation>
    </message>
    <message>
        <source>%1: cannot map the file into memory: %2</source>
        <translation>%1: impossibile mappare il file in memoria: %2</translation>
    </message>
    <message>
        <source>%1: header length %2 exceeds the limit of %3 bytes (corrupt file?)</source>
        <translation>%1: la lunghezza dell&apos;intestazione %2 supera il limite di %3 byte (file danneggiato?)</translation>
    </message>
    <message>
        <source>%1: header length %2 runs past the end of the file (%3 bytes; truncated?)</source>
        <translation>%1: la lunghezza dell&apos;intestazione %2 va oltre la fine del file (%3 byte; troncato?)</translation>
    </message>
    <message>
        <source>%1: header is not valid JSON (offset %2: %3)</source>
        <translation>%1: l&apos;intestazione non è JSON valido (offset %2: %3)</translation>
    </message>
    <message>
        <source>%1: header is not a JSON object</source>
        <translation>%1: l&apos;intestazione non è un oggetto JSON</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; appears more than once in the header</source>
        <translation>%1: il tensore &apos;%2&apos; compare più di una volta nell&apos;intestazione</translation>
    </message>
    <message>
        <source>%1: __metadata__ is not an object</source>
        <translation>%1: __metadata__ non è un oggetto</translation>
    </message>
    <message>
        <source>%1: entry &apos;%2&apos; is not an object</source>
        <translation>%1: la voce &apos;%2&apos; non è un oggetto</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has unknown dtype &apos;%3&apos;</source>
        <translation>%1: il tensore &apos;%2&apos; ha un dtype sconosciuto &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no shape list</source>
        <translation>%1: il tensore &apos;%2&apos; non ha un elenco di forma</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has an invalid dimension in its shape</source>
        <translation>%1: il tensore &apos;%2&apos; ha una dimensione non valida nella forma</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is larger than the file</source>
        <translation>%1: il tensore &apos;%2&apos; è più grande del file</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; needs data_offsets [begin, end]</source>
        <translation>%1: il tensore &apos;%2&apos; richiede data_offsets [begin, end]</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has invalid data_offsets [%3, %4]</source>
        <translation>%1: il tensore &apos;%2&apos; ha data_offsets non validi [%3, %4]</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; lies outside the data (ends at byte %3 of %4; truncated file?)</source>
        <translation>%1: il tensore &apos;%2&apos; è fuori dai dati (termina al byte %3 di %4; file troncato?)</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos;: shape x dtype size is %3 bytes but its byte range holds %4</source>
        <translation>%1: tensore &apos;%2&apos;: la dimensione forma x dtype è di %3 byte, ma il suo intervallo di byte ne contiene %4</translation>
    </message>
    <message>
        <source>%1: the byte ranges of tensors &apos;%2&apos; and &apos;%3&apos; overlap</source>
        <translation>%1: gli intervalli di byte dei tensori &apos;%2&apos; e &apos;%3&apos; si sovrappongono</translation>
    </message>
</context>
<context>
    <name>mdi::SafetensorsWriter</name>
    <message>
        <source>%1: tensor &apos;%2&apos; declared after writing began</source>
        <translation>%1: tensore &apos;%2&apos; dichiarato dopo l&apos;inizio della scrittura</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid tensor name</source>
        <translation>%1: &apos;%2&apos; non è un nome di tensore valido</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; added twice</source>
        <translation>%1: tensore &apos;%2&apos; aggiunto due volte</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has a negative dimension</source>
        <translation>%1: il tensore &apos;%2&apos; ha una dimensione negativa</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is too large</source>
        <translation>%1: il tensore &apos;%2&apos; è troppo grande</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; needs %3 bytes, %4 were given</source>
        <translation>%1: il tensore &apos;%2&apos; richiede %3 byte, ne sono stati forniti %4</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: impossibile scrivere: %2</translation>
    </message>
    <message>
        <source>%1: writing has already begun</source>
        <translation>%1: la scrittura è già iniziata</translation>
    </message>
    <message>
        <source>%1: append() before begin()</source>
        <translation>%1: append() prima di begin()</translation>
    </message>
    <message>
        <source>more tensor data than the header declares (%1 bytes)</source>
        <translation>più dati di tensori di quanti ne dichiari l&apos;intestazione (%1 byte)</translation>
    </message>
    <message>
        <source>%1: commit() before begin()</source>
        <translation>%1: commit() prima di begin()</translation>
    </message>
    <message>
        <source>%1 of %2 bytes of tensor data were written</source>
        <translation>sono stati scritti %1 di %2 byte di dati dei tensori</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no data</source>
        <translation>%1: il tensore &apos;%2&apos; non ha dati</translation>
    </message>
</context>
<context>
    <name>mdi::SamplingPreset</name>
    <message>
        <source>As in Settings</source>
        <translation>Come nelle impostazioni</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Preciso</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Bilanciato</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Creativo</translation>
    </message>
    <message>
        <source>The sampling chosen in Settings for every conversation.</source>
        <translation>Il campionamento scelto nelle impostazioni per tutte le conversazioni.</translation>
    </message>
    <message>
        <source>The model&apos;s own values: the most likely answer, the same each time (Regenerate still varies it).</source>
        <translation>I valori del modello stesso: la risposta più probabile, sempre la stessa (Rigenera la fa comunque variare).</translation>
    </message>
    <message>
        <source>Some variety, still to the point: the values Qwen recommends for chat.</source>
        <translation>Un po&apos; di varietà, restando sul punto: i valori che Qwen consiglia per la chat.</translation>
    </message>
    <message>
        <source>More varied and surprising wording; may wander off more often.</source>
        <translation>Formulazioni più varie e sorprendenti; può divagare più spesso.</translation>
    </message>
    <message>
        <source>sampling: the preset &apos;%1&apos; is unknown (precise, balanced or creative)</source>
        <translation>sampling: il preset «%1» è sconosciuto (precise, balanced o creative)</translation>
    </message>
    <message>
        <source>greedy: always the most likely word</source>
        <translation>greedy: sempre la parola più probabile</translation>
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
        <translation>top-p disattivato</translation>
    </message>
    <message>
        <source>top-k %1</source>
        <translation>top-k %1</translation>
    </message>
    <message>
        <source>top-k off</source>
        <translation>top-k disattivato</translation>
    </message>
    <message>
        <source>min-p %1</source>
        <translation>min-p %1</translation>
    </message>
    <message>
        <source>%1: in effect always the most likely word</source>
        <translation>%1: in pratica sempre la parola più probabile</translation>
    </message>
</context>
<context>
    <name>mdi::ScreenCapture</name>
    <message>
        <source>Capture Screen &amp;Region</source>
        <translation>Cattura un&apos;&amp;area dello schermo</translation>
    </message>
    <message>
        <source>Attach a picture of part of the screen (Ctrl+Shift+S)</source>
        <translation>Allega un&apos;immagine di una parte dello schermo (Ctrl+Maiusc+S)</translation>
    </message>
    <message>
        <source>The screen cannot be captured: no screen was found.</source>
        <translation>Impossibile catturare lo schermo: nessuno schermo trovato.</translation>
    </message>
    <message>
        <source>The screen could not be captured (the system did not hand out its picture). Take a screenshot with your desktop&apos;s tool and paste it (Ctrl+V).</source>
        <translation>Impossibile catturare lo schermo (il sistema non ha fornito la sua immagine). Fai uno screenshot con lo strumento del tuo desktop e incollalo (Ctrl+V).</translation>
    </message>
</context>
<context>
    <name>mdi::ServeCommand</name>
    <message>
        <source>Address to listen on (default 127.0.0.1; 0.0.0.0 exposes the API to the network).</source>
        <translation>Indirizzo su cui restare in ascolto (predefinito: 127.0.0.1; 0.0.0.0 espone l&apos;API alla rete).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8080; 0 picks a free one).</source>
        <translation>Porta su cui restare in ascolto (predefinita: 8080; 0 ne sceglie una libera).</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer KEY&quot; on every request (default: the MDI_API_KEY environment variable).</source>
        <translation>Richiedi &quot;Authorization: Bearer KEY&quot; in ogni richiesta (predefinito: la variabile d&apos;ambiente MDI_API_KEY).</translation>
    </message>
    <message>
        <source>Largest request body in MiB (default 50).</source>
        <translation>Dimensione massima del corpo della richiesta in MiB (predefinita: 50).</translation>
    </message>
    <message>
        <source>--model DIR is required (see --help)</source>
        <translation>--model DIR è obbligatorio (vedi --help)</translation>
    </message>
    <message>
        <source>--host takes an IP address such as 127.0.0.1 or ::1, not &apos;%1&apos;</source>
        <translation>--host accetta un indirizzo IP come 127.0.0.1 o ::1, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-body-mb must be 1..4096 and --max-answers at least 1</source>
        <translation>--max-body-mb deve essere compreso tra 1 e 4096 e --max-answers deve essere almeno 1</translation>
    </message>
    <message>
        <source>warning: listening on %1 without an API key; anyone who can reach this machine can use the model%2</source>
        <translation>avviso: in ascolto su %1 senza chiave API; chiunque possa raggiungere questo computer può usare il modello%2</translation>
    </message>
    <message>
        <source> and read image files on it</source>
        <translation> e leggere i file di immagine al suo interno</translation>
    </message>
    <message>
        <source>model %1 loaded (plan %2, %3)</source>
        <translation>modello %1 caricato (piano %2, %3)</translation>
    </message>
    <message>
        <source>Answers in progress at once; more requests wait (default 16).</source>
        <translation>Risposte in corso contemporaneamente; le altre richieste attendono (predefinito 16).</translation>
    </message>
    <message>
        <source>Requests waiting for a free answer slot; more get 429 (default 64).</source>
        <translation>Richieste in attesa di uno slot di risposta libero; le altre ricevono 429 (predefinito 64).</translation>
    </message>
    <message>
        <source>Seconds a request waits for a slot before it gets 429 (default 60).</source>
        <translation>Secondi che una richiesta attende uno slot prima di ricevere 429 (predefinito 60).</translation>
    </message>
    <message>
        <source>Read file:// image URLs from this computer&apos;s disk (off by default: only data: URLs are read).</source>
        <translation>Leggi gli URL di immagine file:// dal disco di questo computer (disattivato per impostazione predefinita: vengono letti solo URL data:).</translation>
    </message>
    <message>
        <source>Refuse file:// image URLs (the default; overrides --allow-file-urls).</source>
        <translation>Rifiuta gli URL di immagine file:// (predefinito; annulla --allow-file-urls).</translation>
    </message>
    <message>
        <source>Another name requests may use for the model, listed by /v1/models (repeatable).</source>
        <translation>Un altro nome che le richieste possono usare per il modello, elencato da /v1/models (ripetibile).</translation>
    </message>
    <message>
        <source>--max-queue must be at least 0 and --queue-timeout 1..3600</source>
        <translation>--max-queue deve essere almeno 0 e --queue-timeout 1..3600</translation>
    </message>
    <message>
        <source>--model-alias needs a name</source>
        <translation>--model-alias richiede un nome</translation>
    </message>
    <message>
        <source>Serves the model over HTTP: OpenAI-compatible chat completions and responses with images, and Ollama&apos;s API (see docs/API.md).</source>
        <translation>Serve il modello via HTTP: chat completions e responses compatibili con OpenAI con immagini, e l&apos;API di Ollama (vedi docs/API.md).</translation>
    </message>
    <message>
        <source>Let web pages from ORIGIN (such as http://localhost:3000; * for any) call the API: CORS (repeatable; off by default).</source>
        <translation>Consente alle pagine web di ORIGIN (per esempio http://localhost:3000; * per tutte) di chiamare l&apos;API: CORS (ripetibile; disattivato per impostazione predefinita).</translation>
    </message>
    <message>
        <source>Accept requests addressed to NAME (the Host header, such as host.docker.internal) besides localhost (repeatable).</source>
        <translation>Accetta richieste indirizzate a NAME (l&apos;intestazione Host, per esempio host.docker.internal) oltre a localhost (ripetibile).</translation>
    </message>
    <message>
        <source>--cors-origin: %1</source>
        <translation>--cors-origin: %1</translation>
    </message>
    <message>
        <source>--allow-host takes a host name such as host.docker.internal, not &apos;%1&apos;</source>
        <translation>--allow-host richiede un nome host come host.docker.internal, non &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>mdi::SettingsDialog</name>
    <message>
        <source>Model default</source>
        <translation>Predefinito del modello</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Thread</translation>
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
        <translation>Penalità di ripetizione</translation>
    </message>
    <message>
        <source>Maximum new tokens</source>
        <translation>Numero massimo di nuovi token</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Cartella del modello</translation>
    </message>
    <message>
        <source>Folder with config.json and *.safetensors</source>
        <translation>Cartella con config.json e *.safetensors</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Scegli la cartella del modello</translation>
    </message>
    <message>
        <source>Compute precision</source>
        <translation>Precisione di calcolo</translation>
    </message>
    <message>
        <source>Threads for the computation; Automatic uses the physical cores (%1 logical here).</source>
        <translation>Thread per il calcolo; Automatico usa i core fisici (qui %1 logici).</translation>
    </message>
    <message>
        <source>Maximum image size in pixels</source>
        <translation>Dimensione massima delle immagini in pixel</translation>
    </message>
    <message>
        <source> pixels</source>
        <translation> pixel</translation>
    </message>
    <message>
        <source>Larger images are scaled down to this many pixels before the model sees them. More pixels show more detail but take more time and context.</source>
        <translation>Le immagini più grandi vengono ridotte a questo numero di pixel prima che il modello le veda. Più pixel mostrano più dettagli, ma richiedono più tempo e contesto.</translation>
    </message>
    <message>
        <source>Model &amp;folder:</source>
        <translation>&amp;Cartella del modello:</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Precisione:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Thread:</translation>
    </message>
    <message>
        <source>Maximum &amp;image size:</source>
        <translation>Dimensione massima delle &amp;immagini:</translation>
    </message>
    <message>
        <source>Changes to the model, precision, threads or image size reload the model.</source>
        <translation>Le modifiche al modello, alla precisione, ai thread o alla dimensione delle immagini ricaricano il modello.</translation>
    </message>
    <message>
        <source>Default system prompt</source>
        <translation>Prompt di sistema predefinito</translation>
    </message>
    <message>
        <source>Empty: the model&apos;s own default (&quot;You are a helpful assistant.&quot;)</source>
        <translation>Vuoto: il predefinito del modello stesso (&quot;You are a helpful assistant.&quot;)</translation>
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
        <translation>P&amp;enalità di ripetizione:</translation>
    </message>
    <message>
        <source>Maximum &amp;new tokens:</source>
        <translation>Numero massimo di &amp;nuovi token:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>Prompt di &amp;sistema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
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
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modello</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Risposte</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Aspetto</translation>
    </message>
    <message>
        <source>Choose the Model Folder</source>
        <translation>Scegli la cartella del modello</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chiave API:</translation>
    </message>
    <message>
        <source>&amp;Serve the loaded model to programs on this computer</source>
        <translation>&amp;Servi il modello caricato ai programmi di questo computer</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>API locale</translation>
    </message>
    <message>
        <source>Local API port</source>
        <translation>Porta dell&apos;API locale</translation>
    </message>
    <message>
        <source>Local API key</source>
        <translation>Chiave dell&apos;API locale</translation>
    </message>
    <message>
        <source>None: every program on this computer may use it</source>
        <translation>Nessuna: qualsiasi programma di questo computer può usarla</translation>
    </message>
    <message>
        <source>OpenAI-compatible chat completions with images at http://127.0.0.1:PORT/v1, for scripts and other tools. Only this computer can connect; with a key, requests must send &quot;Authorization: Bearer KEY&quot;.</source>
        <translation>Chat completion compatibili con OpenAI, con immagini, su http://127.0.0.1:PORT/v1, per script e altri strumenti. Solo questo computer può connettersi; con una chiave, le richieste devono inviare &quot;Authorization: Bearer KEY&quot;.</translation>
    </message>
    <message>
        <source>&amp;Local API</source>
        <translation>API &amp;locale</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Automatica (consigliata)</translation>
    </message>
    <message>
        <source>Best quality (bf16/f32)</source>
        <translation>Massima qualità (bf16/f32)</translation>
    </message>
    <message>
        <source>Balanced (8-bit)</source>
        <translation>Bilanciata (8-bit)</translation>
    </message>
    <message>
        <source>Smallest (4-bit)</source>
        <translation>La più compatta (4-bit)</translation>
    </message>
    <message>
        <source>Automatic picks the fastest weight format that keeps quality on this computer: 8-bit for the language model, the checkpoint&apos;s own precision for the vision tower.</source>
        <translation>L&apos;opzione automatica sceglie il formato dei pesi più veloce che mantiene la qualità su questo computer: 8-bit per il modello linguistico, la precisione originale del checkpoint per la torre visiva.</translation>
    </message>
    <message>
        <source>&quot;Model default&quot; takes the value from the model&apos;s generation_config.json. Setting temperature, top-k, top-p or min-p replaces the model&apos;s values of all four: those left at &quot;Model default&quot; are then 1 or off. The system prompt applies to new conversations.</source>
        <translation>«Predefinito del modello» prende il valore da generation_config.json del modello. Impostare temperatura, top-k, top-p o min-p sostituisce i valori del modello per tutti e quattro: quelli lasciati su «Predefinito del modello» valgono allora 1 o sono disattivati. Il prompt di sistema vale per le nuove conversazioni.</translation>
    </message>
    <message>
        <source>The model folder %1 does not exist.</source>
        <translation>La cartella del modello %1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is not a model folder: %2</source>
        <translation>%1 non è una cartella di modello: %2</translation>
    </message>
    <message>
        <source>%1 is not a model folder: it holds no *.safetensors weights.</source>
        <translation>%1 non è una cartella di modello: non contiene pesi *.safetensors.</translation>
    </message>
    <message>
        <source>%1 is not a model folder: it has no tokenizer.json.</source>
        <translation>%1 non è una cartella di modello: non ha tokenizer.json.</translation>
    </message>
</context>
<context>
    <name>mdi::Sha256Hasher</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 from byte %2.</source>
        <translation>Impossibile leggere %1 a partire dal byte %2.</translation>
    </message>
    <message>
        <source>it ends early</source>
        <translation>il file termina prima del previsto</translation>
    </message>
</context>
<context>
    <name>mdi::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Message field</source>
        <translation>Campo del messaggio</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Invia il messaggio</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nuova riga</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Interrompi la risposta</translation>
    </message>
</context>
<context>
    <name>mdi::StageLinkBuilder</name>
    <message>
        <source>Layers %1-%2 are planned on the peer %3, but this program cannot reach peers.</source>
        <translation>Gli strati %1-%2 sono previsti sul peer %3, ma questo programma non può raggiungere i peer.</translation>
    </message>
    <message>
        <source>The model is being unloaded.</source>
        <translation>Il modello viene scaricato dalla memoria.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>questo computer</translation>
    </message>
</context>
<context>
    <name>mdi::StageReadyMessage</name>
    <message>
        <source>[%1, %2) is not a layer range</source>
        <translation>[%1, %2) non è un intervallo di strati</translation>
    </message>
    <message>
        <source>a byte count is negative</source>
        <translation>un conteggio di byte è negativo</translation>
    </message>
</context>
<context>
    <name>mdi::StatsMessage</name>
    <message>
        <source>a count is negative</source>
        <translation>un conteggio è negativo</translation>
    </message>
</context>
<context>
    <name>mdi::TensorFactory</name>
    <message>
        <source>&apos;%1&apos; is not a compute device (use cpu, cuda, cuda:N or mps).</source>
        <translation>&apos;%1&apos; non è un dispositivo di calcolo (usa cpu, cuda, cuda:N o mps).</translation>
    </message>
    <message>
        <source>Missing tensor.</source>
        <translation>Tensore mancante.</translation>
    </message>
    <message>
        <source>Tensor %1 has the unsupported dtype %2.</source>
        <translation>Il tensore %1 ha il dtype non supportato %2.</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be read: %2</source>
        <translation>Impossibile leggere il tensore %1: %2</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be converted for %2 on %3: %4</source>
        <translation>Impossibile convertire il tensore %1 per %2 su %3: %4</translation>
    </message>
    <message>
        <source>The checkpoint has no tensor %1.</source>
        <translation>Il checkpoint non ha il tensore %1.</translation>
    </message>
    <message>
        <source>Tensor %1 has shape %2; the configuration implies %3.</source>
        <translation>Il tensore %1 ha forma %2; la configurazione implica %3.</translation>
    </message>
    <message>
        <source>The %1 weight format runs on the CPU only, not on &apos;%2&apos; (use bf16 or f32 there).</source>
        <translation>Il formato dei pesi %1 funziona solo sulla CPU, non su &apos;%2&apos; (lì usa bf16 o f32).</translation>
    </message>
    <message>
        <source>Tensor %1 has shape %2; a weight matrix has two or more dimensions.</source>
        <translation>Il tensore %1 ha forma %2; una matrice dei pesi ha due o più dimensioni.</translation>
    </message>
    <message>
        <source>Tensor %1 has the dtype %2; a weight matrix must be F32, BF16 or F16.</source>
        <translation>Il tensore %1 ha dtype %2; una matrice dei pesi deve essere F32, BF16 o F16.</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be converted to %2: %3</source>
        <translation>Impossibile convertire il tensore %1 in %2: %3</translation>
    </message>
    <message>
        <source>The model load was cancelled.</source>
        <translation>Il caricamento del modello è stato annullato.</translation>
    </message>
</context>
<context>
    <name>mdi::TextEmbedding</name>
    <message>
        <source>Token id %1 at position %2 is outside the vocabulary (%3 tokens).</source>
        <translation>L&apos;id di token %1 alla posizione %2 è fuori dal vocabolario (%3 token).</translation>
    </message>
    <message>
        <source>Embedding failed: %1</source>
        <translation>Embedding non riuscito: %1</translation>
    </message>
    <message>
        <source>The prompt has %1 image tokens but the images give %2 embeddings.</source>
        <translation>Il prompt ha %1 token immagine, ma le immagini forniscono %2 embedding.</translation>
    </message>
</context>
<context>
    <name>mdi::TokenizerJsonLoader</name>
    <message>
        <source>has no &apos;model&apos; object</source>
        <translation>non ha un oggetto &apos;model&apos;</translation>
    </message>
    <message>
        <source>the pre-tokenizer has no ByteLevel step; only byte-level BPE tokenizers are supported</source>
        <translation>il pre-tokenizer non ha un passaggio ByteLevel; sono supportati solo tokenizer BPE a livello di byte</translation>
    </message>
    <message>
        <source>model type &apos;%1&apos; is not supported (only BPE)</source>
        <translation>il tipo di modello &apos;%1&apos; non è supportato (solo BPE)</translation>
    </message>
    <message>
        <source>BPE byte_fallback is not supported (only byte-level BPE)</source>
        <translation>BPE byte_fallback non è supportato (solo BPE a livello di byte)</translation>
    </message>
    <message>
        <source>BPE subword prefixes/suffixes are not supported (only byte-level BPE)</source>
        <translation>i prefissi/suffissi di sottoparola BPE non sono supportati (solo BPE a livello di byte)</translation>
    </message>
    <message>
        <source>model.vocab is missing or not an object</source>
        <translation>model.vocab è assente o non è un oggetto</translation>
    </message>
    <message>
        <source>model.vocab is empty</source>
        <translation>model.vocab è vuoto</translation>
    </message>
    <message>
        <source>model.vocab entry &apos;%1&apos; has an invalid id</source>
        <translation>la voce &apos;%1&apos; di model.vocab ha un id non valido</translation>
    </message>
    <message>
        <source>model.vocab entry &apos;%1&apos; is not spelled in the byte-level alphabet</source>
        <translation>la voce &apos;%1&apos; di model.vocab non è scritta nell&apos;alfabeto a livello di byte</translation>
    </message>
    <message>
        <source>model.vocab id %1 is used twice</source>
        <translation>l&apos;id %1 di model.vocab è usato due volte</translation>
    </message>
    <message>
        <source>model.merges is missing or not an array</source>
        <translation>model.merges è assente o non è un array</translation>
    </message>
    <message>
        <source>model.merges[%1] &apos;%2&apos; is not two tokens separated by one space</source>
        <translation>model.merges[%1] &apos;%2&apos; non è formato da due token separati da uno spazio</translation>
    </message>
    <message>
        <source>model.merges[%1] is neither &quot;a b&quot; nor [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>model.merges[%1] non è né &quot;a b&quot; né [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>model.merges[%1] &apos;%2 %3&apos; uses a token that is not in the vocabulary</source>
        <translation>model.merges[%1] &apos;%2 %3&apos; usa un token che non è nel vocabolario</translation>
    </message>
    <message>
        <source>model.merges[%1]: the merged token &apos;%2&apos; is not in the vocabulary</source>
        <translation>model.merges[%1]: il token unito &apos;%2&apos; non è nel vocabolario</translation>
    </message>
    <message>
        <source>added_tokens is not an array</source>
        <translation>added_tokens non è un array</translation>
    </message>
    <message>
        <source>added_tokens[%1] has no valid id</source>
        <translation>added_tokens[%1] non ha un id valido</translation>
    </message>
    <message>
        <source>added_tokens[%1] has no content</source>
        <translation>added_tokens[%1] non ha contenuto</translation>
    </message>
    <message>
        <source>normalizer &apos;%1&apos; is not supported (NFC, NFD, NFKC, NFKD or a Sequence of them)</source>
        <translation>il normalizzatore &apos;%1&apos; non è supportato (NFC, NFD, NFKC, NFKD o una Sequence di essi)</translation>
    </message>
    <message>
        <source>%1: the pattern does not compile: %2</source>
        <translation>%1: il pattern non si compila: %2</translation>
    </message>
    <message>
        <source>ByteLevel pre-tokenizer</source>
        <translation>pre-tokenizer ByteLevel</translation>
    </message>
    <message>
        <source>Split pre-tokenizer behavior &apos;%1&apos; is not supported (only Isolated)</source>
        <translation>il comportamento &apos;%1&apos; del pre-tokenizer Split non è supportato (solo Isolated)</translation>
    </message>
    <message>
        <source>inverted Split pre-tokenizers are not supported</source>
        <translation>i pre-tokenizer Split invertiti non sono supportati</translation>
    </message>
    <message>
        <source>Split pre-tokenizer</source>
        <translation>pre-tokenizer Split</translation>
    </message>
    <message>
        <source>Split pre-tokenizer has no Regex or String pattern</source>
        <translation>il pre-tokenizer Split non ha un pattern Regex o String</translation>
    </message>
    <message>
        <source>pre-tokenizer &apos;%1&apos; is not supported (Split, ByteLevel or a Sequence of them)</source>
        <translation>il pre-tokenizer &apos;%1&apos; non è supportato (Split, ByteLevel o una Sequence di essi)</translation>
    </message>
    <message>
        <source>decoder &apos;%1&apos; is not supported (only ByteLevel)</source>
        <translation>il decoder &apos;%1&apos; non è supportato (solo ByteLevel)</translation>
    </message>
</context>
<context>
    <name>mdi::VisionTower</name>
    <message>
        <source>Invalid image patch grid %1x%2x%3.</source>
        <translation>Griglia di patch immagine non valida %1x%2x%3.</translation>
    </message>
    <message>
        <source>No images were given to the vision tower.</source>
        <translation>Nessuna immagine fornita alla torre visiva.</translation>
    </message>
    <message>
        <source>Pixel values must be [%1, %2] for the given image grids.</source>
        <translation>I valori dei pixel devono essere [%1, %2] per le griglie di immagine fornite.</translation>
    </message>
    <message>
        <source>The vision tower failed: %1</source>
        <translation>La torre visiva non è riuscita: %1</translation>
    </message>
    <message>
        <source>The image was not read to the end: the answer was stopped.</source>
        <translation>L&apos;immagine non è stata letta fino in fondo: la risposta è stata interrotta.</translation>
    </message>
</context>
<context>
    <name>mdi::WeightAckMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>è fuori intervallo: %1</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>ha il valore sconosciuto %1</translation>
    </message>
</context>
<context>
    <name>mdi::WeightCache</name>
    <message>
        <source>Cannot create the weight cache folder %1.</source>
        <translation>Impossibile creare la cartella della cache dei pesi %1.</translation>
    </message>
    <message>
        <source>Tensor %1 has the unknown dtype &apos;%2&apos;.</source>
        <translation>Il tensore %1 ha il dtype sconosciuto &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Tensor %1: %2 bytes do not fit its shape and dtype.</source>
        <translation>Tensore %1: %2 byte non corrispondono alla sua forma e al suo dtype.</translation>
    </message>
    <message>
        <source>Tensor %1: a chunk at byte %2, but %3 bytes are held.</source>
        <translation>Tensore %1: un blocco al byte %2, ma sono presenti %3 byte.</translation>
    </message>
    <message>
        <source>Tensor %1: a chunk runs past its %2 bytes.</source>
        <translation>Tensore %1: un blocco va oltre i suoi %2 byte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into the cache.</source>
        <translation>Impossibile spostare %1 nella cache.</translation>
    </message>
    <message>
        <source>The cached file of tensor %1 does not match it.</source>
        <translation>Il file in cache del tensore %1 non gli corrisponde.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>The cached file of tensor %1 changed after it was verified.</source>
        <translation>Il file in cache del tensore %1 è cambiato dopo la verifica.</translation>
    </message>
</context>
<context>
    <name>mdi::WeightChunkMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>è fuori intervallo: %1</translation>
    </message>
    <message>
        <source>says %1 bytes but %2 follow</source>
        <translation>indica %1 byte, ma ne seguono %2</translation>
    </message>
</context>
<context>
    <name>mdi::WireReader</name>
    <message>
        <source>needs %1 bytes but only %2 are left</source>
        <translation>richiede %1 byte, ma ne restano solo %2</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>non è un numero finito</translation>
    </message>
    <message>
        <source>must be 0 or 1, not %1</source>
        <translation>deve essere 0 o 1, non %1</translation>
    </message>
    <message>
        <source>is %1 bytes long; at most %2 are allowed</source>
        <translation>è lungo %1 byte; ne sono consentiti al massimo %2</translation>
    </message>
    <message>
        <source>is not valid UTF-8</source>
        <translation>non è UTF-8 valido</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contiene un carattere NUL</translation>
    </message>
    <message>
        <source>counts %1 elements; at most %2 are allowed</source>
        <translation>conta %1 elementi; ne sono consentiti al massimo %2</translation>
    </message>
    <message>
        <source>counts %1 elements but only %2 bytes are left</source>
        <translation>conta %1 elementi, ma restano solo %2 byte</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; %2</source>
        <translation>il campo &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the last field</source>
        <translation>%1 byte inattesi dopo l&apos;ultimo campo</translation>
    </message>
    <message>
        <source>malformed %1 message: %2</source>
        <translation>messaggio %1 malformato: %2</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>non è un id valido</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>è negativo</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>ha il valore sconosciuto %1</translation>
    </message>
    <message>
        <source>must be between 0 and %1, not %2</source>
        <translation>deve essere compreso tra 0 e %1, non %2</translation>
    </message>
    <message>
        <source>is %1 bytes; %2 x %3 %4 values take %5 bytes and %6 bytes are left</source>
        <translation>è di %1 byte; %2 x %3 valori %4 occupano %5 byte e restano %6 byte</translation>
    </message>
    <message>
        <source>%1 rows of hidden states where the entries add up to %2</source>
        <translation>%1 righe di stati nascosti dove le voci sommano %2</translation>
    </message>
    <message>
        <source>must be between 1 and %1, not %2</source>
        <translation>deve essere tra 1 e %1, non %2</translation>
    </message>
</context>
</TS>
