<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: Datei nicht gefunden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: file is too large (%2 bytes, limit %3)</source>
        <translation>%1: Die Datei ist zu groß (%2 Bytes, Grenze %3)</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: ungültiges JSON an Position %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object</source>
        <translation>%1: Die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; %3</source>
        <translation>%1: Feld &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be an integer or a list of integers</source>
        <translation>muss eine ganze Zahl oder eine Liste ganzer Zahlen sein</translation>
    </message>
    <message>
        <source>must hold only integers</source>
        <translation>darf nur ganze Zahlen enthalten</translation>
    </message>
    <message>
        <source>must be a list of numbers</source>
        <translation>muss eine Liste von Zahlen sein</translation>
    </message>
    <message>
        <source>must hold only numbers</source>
        <translation>darf nur Zahlen enthalten</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>LocalStageLink</name>
    <message>
        <source>The stage failed with an unknown exception.</source>
        <translation>Die Stufe ist mit einer unbekannten Ausnahme fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ProfileLock</name>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>Prozess %1 (%2) auf %3</translation>
    </message>
</context>
<context>
    <name>SamplingParams</name>
    <message>
        <source>Temperature must be a number of at least 0 (0 picks the most likely token); got %1.</source>
        <translation>Die Temperatur muss eine Zahl größer oder gleich 0 sein (0 wählt das wahrscheinlichste Token); erhalten: %1.</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number of tokens; got %1.</source>
        <translation>Top-k muss 0 (aus) oder eine positive Anzahl von Token sein; erhalten: %1.</translation>
    </message>
    <message>
        <source>Top-p must be between 0 and 1 (1 turns it off); got %1.</source>
        <translation>Top-p muss zwischen 0 und 1 liegen (1 schaltet es aus); erhalten: %1.</translation>
    </message>
    <message>
        <source>Min-p must be between 0 (off) and 1; got %1.</source>
        <translation>Min-p muss zwischen 0 (aus) und 1 liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>Repetition penalty must be a positive number (1 turns it off); got %1.</source>
        <translation>Die Wiederholungsstrafe muss eine positive Zahl sein (1 schaltet sie aus); erhalten: %1.</translation>
    </message>
    <message>
        <source>The maximum number of new tokens must be at least 1; got %1.</source>
        <translation>Die maximale Anzahl neuer Token muss mindestens 1 sein; erhalten: %1.</translation>
    </message>
    <message>
        <source>Stop strings must not be empty.</source>
        <translation>Stoppzeichenfolgen dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>End-of-sequence token ids must not be negative; got %1.</source>
        <translation>IDs von Sequenzende-Token dürfen nicht negativ sein; erhalten: %1.</translation>
    </message>
    <message>
        <source>The number of top log-probabilities must be 0 to %1; got %2.</source>
        <translation>Die Anzahl der Top-Log-Wahrscheinlichkeiten muss zwischen 0 und %1 liegen; erhalten: %2.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Cannot listen for other launches on the local socket %1: %2</source>
        <translation>Kann auf dem lokalen Socket %1 nicht auf weitere Starts warten: %2</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Layers %1-%2 hold %3 tokens of this conversation, but the next step starts at token %4.</source>
        <translation>Die Schichten %1-%2 enthalten %3 Token dieser Unterhaltung, aber der nächste Schritt beginnt bei Token %4.</translation>
    </message>
    <message>
        <source>Layers %1-%2 received a malformed step: %3 hidden states of width %4 with %5 positions (expected width %6).</source>
        <translation>Die Schichten %1-%2 haben einen fehlerhaften Schritt erhalten: %3 Hidden States der Breite %4 mit %5 Positionen (erwartete Breite %6).</translation>
    </message>
    <message>
        <source>Layers %1-%2 received two steps of one conversation at once.</source>
        <translation>Die Schichten %1-%2 haben zwei Schritte derselben Unterhaltung gleichzeitig erhalten.</translation>
    </message>
    <message>
        <source>Decoder layers %1-%2 failed: %3</source>
        <translation>Die Decoder-Schichten %1-%2 sind fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>WireTensor</name>
    <message>
        <source>Hidden states of %1 x %2 %3 values came with %4 bytes.</source>
        <translation>Hidden States aus %1 x %2 %3-Werten kamen mit %4 Bytes an.</translation>
    </message>
    <message>
        <source>hidden states of the unknown dtype %1</source>
        <translation>Hidden States mit dem unbekannten Dtype %1</translation>
    </message>
    <message>
        <source>hidden states of %1 x %2 values, not %3 x %4</source>
        <translation>Hidden States aus %1 x %2 Werten statt %3 x %4</translation>
    </message>
    <message>
        <source>hidden states of %1 x %2 %3 values in %4 bytes</source>
        <translation>Hidden States aus %1 x %2 %3-Werten in %4 Bytes</translation>
    </message>
    <message>
        <source>hidden states with NaN or infinite values (%1 of %2)</source>
        <translation>Hidden States mit NaN- oder unendlichen Werten (%1 von %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MDI Chat peer: serves ranges of model layers to paired MDI Chat coordinators on the LAN.</source>
        <translation>Peer für MDI Chat: stellt gekoppelten Koordinatoren von MDI Chat im LAN Bereiche von Modellschichten bereit.</translation>
    </message>
    <message>
        <source>MDI Chat: local multimodal chat with Qwen2-VL, on this machine and its peers.</source>
        <translation>MDI Chat: lokaler multimodaler Chat mit Qwen2-VL auf diesem Rechner und seinen Peers.</translation>
    </message>
    <message>
        <source>Use the profile (history, images, settings) in &lt;dir&gt; instead of the default.</source>
        <translation>Das Profil (Verlauf, Bilder, Einstellungen) in &lt;dir&gt; statt des Standardprofils verwenden.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Render the window with a demo conversation to the PNG &lt;file&gt; and exit (needs no model).</source>
        <translation>Das Fenster mit einer Demo-Unterhaltung in die PNG-Datei &lt;file&gt; rendern und beenden (benötigt kein Modell).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Theme for --screenshot: light, dark or system.</source>
        <translation>Design für --screenshot: light, dark oder system.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WIDTHxHEIGHT.</source>
        <translation>Fenstergröße für --screenshot, als BREITExHÖHE.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>With --screenshot: show the Peers panel with demo peers and a plan.</source>
        <translation>Mit --screenshot: den Peers-Bereich mit Demo-Peers und einem Plan anzeigen.</translation>
    </message>
    <message>
        <source>--size must be at least 400x300, as WIDTHxHEIGHT.</source>
        <translation>--size muss mindestens 400x300 sein, als BREITExHÖHE.</translation>
    </message>
    <message>
        <source>MDI Chat is already running with this profile (%1).

Switch to the open window, or start with --data-dir to use another profile.</source>
        <translation>MDI Chat läuft bereits mit diesem Profil (%1).

Wechseln Sie zum geöffneten Fenster oder starten Sie mit --data-dir, um ein anderes Profil zu verwenden.</translation>
    </message>
    <message>
        <source>MDI Chat</source>
        <translation>MDI Chat</translation>
    </message>
    <message>
        <source>The history cannot be opened:
%1</source>
        <translation>Der Verlauf kann nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>Name shown to coordinators.</source>
        <translation>Name, der Koordinatoren angezeigt wird.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TCP port (0: any free port).</source>
        <translation>TCP-Port (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Memory offered, in bytes.</source>
        <translation>Angebotener Speicher in Bytes.</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>Folder of the weight cache.</source>
        <translation>Ordner des Gewichte-Caches.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Pairing code (default: generated once and remembered).</source>
        <translation>Kopplungscode (Standard: einmal erzeugt und gespeichert).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Intra-op threads per stage (0: all cores).</source>
        <translation>Intra-Op-Threads pro Stufe (0: alle Kerne).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>cpu or cuda.</source>
        <translation>cpu oder cuda.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>A model folder whose tensors are used instead of a transfer when their SHA-256 matches.</source>
        <translation>Ein Modellordner, dessen Tensoren statt einer Übertragung verwendet werden, wenn ihr SHA-256 übereinstimmt.</translation>
    </message>
    <message>
        <source>File of the node&apos;s id and pairing code.</source>
        <translation>Datei mit der ID und dem Kopplungscode des Knotens.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Address to listen on (default: all).</source>
        <translation>Adresse, auf der gelauscht wird (Standard: alle).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Do not announce on the LAN.</source>
        <translation>Nicht im LAN ankündigen.</translation>
    </message>
    <message>
        <source>Also announce on 127.0.0.1 (tests, one offline computer).</source>
        <translation>Auch auf 127.0.0.1 ankündigen (Tests, ein einzelner Computer ohne Netzwerk).</translation>
    </message>
    <message>
        <source>UDP port coordinators listen on for beacons (tests).</source>
        <translation>UDP-Port, auf dem Koordinatoren auf Beacons lauschen (Tests).</translation>
    </message>
    <message>
        <source>UDP port this node listens on for queries (tests).</source>
        <translation>UDP-Port, auf dem dieser Knoten auf Anfragen lauscht (Tests).</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>--max-memory takes a number of bytes.</source>
        <translation>--max-memory erwartet eine Anzahl Bytes.</translation>
    </message>
    <message>
        <source>--threads takes a number from 0 to 1024.</source>
        <translation>--threads erwartet eine Zahl von 0 bis 1024.</translation>
    </message>
    <message>
        <source>--device takes cpu or cuda.</source>
        <translation>--device erwartet cpu oder cuda.</translation>
    </message>
    <message>
        <source>--discovery-beacon-port takes a number from 1 to 65535.</source>
        <translation>--discovery-beacon-port erwartet eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>--discovery-query-port takes a number from 1 to 65535.</source>
        <translation>--discovery-query-port erwartet eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation>Die Netzwerksuche ist deaktiviert: %1</translation>
    </message>
    <message>
        <source>describe a checkpoint folder and validate its weights</source>
        <translation>einen Checkpoint-Ordner beschreiben und seine Gewichte prüfen</translation>
    </message>
    <message>
        <source>write a checkpoint with random weights of a real shape (benchmarks)</source>
        <translation>einen Checkpoint mit Zufallsgewichten in echter Form schreiben (Benchmarks)</translation>
    </message>
    <message>
        <source>list the Qwen2-VL checkpoints in the Hugging Face cache and model folders</source>
        <translation>die Qwen2-VL-Checkpoints im Cache von Hugging Face und in Modellordnern auflisten</translation>
    </message>
    <message>
        <source>download a model from the Hugging Face hub, resumably, with hash checks</source>
        <translation>ein Modell vom Hugging Face Hub herunterladen, fortsetzbar und mit Hash-Prüfung</translation>
    </message>
    <message>
        <source>serve the model over HTTP: OpenAI-compatible chat completions with images (docs/API.md)</source>
        <translation>das Modell über HTTP bereitstellen: OpenAI-kompatible Chat Completions mit Bildern (docs/API.md)</translation>
    </message>
    <message>
        <source>Weight format of the layers served here: auto (what the coordinator asks for), best, f32, bf16, q8 or q4.</source>
        <translation>Gewichtsformat der hier bereitgestellten Schichten: auto (was der Koordinator verlangt), best, f32, bf16, q8 oder q4.</translation>
    </message>
    <message>
        <source>DTYPE</source>
        <translation>DTYPE</translation>
    </message>
    <message>
        <source>--dtype takes auto, best, f32, bf16, q8 or q4.</source>
        <translation>--dtype erwartet auto, best, f32, bf16, q8 oder q4.</translation>
    </message>
    <message>
        <source>Conversations one coordinator may keep cached here; beyond that its least recently used one is dropped.</source>
        <translation>Unterhaltungen, die ein Koordinator hier im Cache halten darf; darüber hinaus wird die am längsten nicht verwendete verworfen.</translation>
    </message>
    <message>
        <source>--max-sessions takes a number from 1 to 100000.</source>
        <translation>--max-sessions erwartet eine Zahl von 1 bis 100000.</translation>
    </message>
    <message>
        <source>MDI Chat is already running with this profile; its window was brought to the front.</source>
        <translation>MDI Chat läuft bereits mit diesem Profil; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
</context>
<context>
    <name>mdi::ApiServer</name>
    <message>
        <source>The model was unloaded before the answer finished.</source>
        <translation>Das Modell wurde entladen, bevor die Antwort fertig war.</translation>
    </message>
    <message>
        <source>This server needs an API key: send &quot;Authorization: Bearer KEY&quot;.</source>
        <translation>Dieser Server erfordert einen API-Schlüssel: Senden Sie &quot;Authorization: Bearer KEY&quot;.</translation>
    </message>
    <message>
        <source>The API key is wrong.</source>
        <translation>Der API-Schlüssel ist falsch.</translation>
    </message>
    <message>
        <source>There is no %1 here; see docs/API.md for the endpoints.</source>
        <translation>%1 gibt es hier nicht; die Endpunkte stehen in docs/API.md.</translation>
    </message>
    <message>
        <source>%1 takes %2 requests.</source>
        <translation>%1 nimmt %2-Anfragen an.</translation>
    </message>
    <message>
        <source>The request body must be JSON, sent with &quot;Content-Type: application/json&quot;.</source>
        <translation>Der Anfragetext muss JSON sein, gesendet mit &quot;Content-Type: application/json&quot;.</translation>
    </message>
    <message>
        <source>The model is still loading; try again shortly.</source>
        <translation>Das Modell wird noch geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
    <message>
        <source>The model&apos;s configuration cannot be read.</source>
        <translation>Die Konfiguration des Modells kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The answer failed: %1</source>
        <translation>Die Antwort ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist here; GET /v1/models lists the one this server has.</source>
        <translation>Das Modell &apos;%1&apos; gibt es hier nicht; GET /v1/models listet das Modell dieses Servers auf.</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist here; this server has &apos;%2&apos;.</source>
        <translation>Das Modell &apos;%1&apos; gibt es hier nicht; dieser Server hat &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;n&apos; is %1, more answers than this server runs at once (%2).</source>
        <translation>&apos;n&apos; ist %1, mehr Antworten, als dieser Server gleichzeitig ausführt (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are in progress and %1 requests are waiting, the most this server holds; try again later.</source>
        <translation>
            <numerusform>%n Antwort wird gerade erzeugt und %1 Anfragen warten, mehr nimmt dieser Server nicht auf; versuchen Sie es später erneut.</numerusform>
            <numerusform>%n Antworten werden gerade erzeugt und %1 Anfragen warten, mehr nimmt dieser Server nicht auf; versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request waited %1 s for a free slot; try again later.</source>
        <translation>Die Anfrage hat %1 s auf einen freien Platz gewartet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>This server answers only requests addressed to localhost (the Host header names another host; mdi-run serve --allow-host adds names).</source>
        <translation>Dieser Server beantwortet nur Anfragen an localhost (der Host-Header nennt einen anderen Host; mdi-run serve --allow-host fügt Namen hinzu).</translation>
    </message>
    <message>
        <source>Web pages from %1 may not use this server (mdi-run serve --cors-origin names those that may).</source>
        <translation>Webseiten von %1 dürfen diesen Server nicht verwenden (mdi-run serve --cors-origin nennt die, die es dürfen).</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; not found; GET /api/tags lists the one this server has</source>
        <translation>Modell &apos;%1&apos; nicht gefunden; GET /api/tags listet das Modell dieses Servers</translation>
    </message>
</context>
<context>
    <name>mdi::AppContext</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The local API could not start: %1</source>
        <translation>Die lokale API konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>Eine Unterhaltung braucht einen Titel.</translation>
    </message>
    <message>
        <source>%1 could not take part, so the model runs on this computer alone. The Peers panel (View &gt; Peers) shows which peers are there; Apply and Reload uses them again.</source>
        <translation>%1 konnte nicht mitwirken, daher läuft das Modell allein auf diesem Computer. Das Peers-Fenster (Ansicht &gt; Peers) zeigt, welche Peers da sind; „Anwenden und neu laden“ nutzt sie wieder.</translation>
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
        <translation>Angehängtes Bild %1, %2 Pixel</translation>
    </message>
    <message>
        <source>%1
%2 pixels</source>
        <translation>%1
%2 Pixel</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>Dieses Bild entfernen</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>Bild %1 entfernen</translation>
    </message>
</context>
<context>
    <name>mdi::ChatCompletionRequest</name>
    <message>
        <source>messages[%1].role must be a non-empty string</source>
        <translation>messages[%1].role muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>messages[%1].role &apos;%2&apos; is not supported (system, developer, user or assistant)</source>
        <translation>messages[%1].role &apos;%2&apos; wird nicht unterstützt (system, developer, user oder assistant)</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>Der Anfragetext ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&apos;messages&apos; must be a non-empty list of messages</source>
        <translation>&apos;messages&apos; muss eine nicht leere Liste von Nachrichten sein</translation>
    </message>
    <message>
        <source>messages[%1] must be an object with &quot;role&quot; and &quot;content&quot;</source>
        <translation>messages[%1] muss ein Objekt mit &quot;role&quot; und &quot;content&quot; sein</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>must be between 0 and 2</source>
        <translation>muss zwischen 0 und 2 liegen</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>must be 0 (off) or a positive number of tokens</source>
        <translation>muss 0 (aus) oder eine positive Anzahl von Token sein</translation>
    </message>
    <message>
        <source>&apos;stop&apos; may hold at most %1 strings</source>
        <translation>&apos;stop&apos; darf höchstens %1 Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>&apos;stop&apos; must be a string or a list of strings</source>
        <translation>&apos;stop&apos; muss eine Zeichenkette oder eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling) is not supported</source>
        <translation>&apos;tools&apos; (Function Calling) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&apos;chat_template_kwargs&apos; must be an object</source>
        <translation>&apos;chat_template_kwargs&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>/generate/multimodal gives one answer, not streamed; use /v1/chat/completions for &quot;stream&quot; and &quot;n&quot;</source>
        <translation>/generate/multimodal liefert eine einzige Antwort ohne Streaming; verwenden Sie /v1/chat/completions für &quot;stream&quot; und &quot;n&quot;</translation>
    </message>
    <message>
        <source>&apos;n&apos; must be between 1 and %1</source>
        <translation>&apos;n&apos; muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>image %1: &apos;%2...&apos; must be a data: URL (data:image/png;base64,...); other URLs are not downloaded</source>
        <translation>Bild %1: &apos;%2...&apos; muss eine data:-URL sein (data:image/png;base64,...); andere URLs werden nicht heruntergeladen</translation>
    </message>
    <message>
        <source>The request has %1 images; this server takes at most %2 per request.</source>
        <translation>Die Anfrage enthält %1 Bilder; dieser Server nimmt höchstens %2 pro Anfrage an.</translation>
    </message>
    <message>
        <source>must be an integer (64-bit)</source>
        <translation>muss eine ganze Zahl sein (64 Bit)</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>needs &quot;logprobs&quot;: true</source>
        <translation>erfordert &quot;logprobs&quot;: true</translation>
    </message>
    <message>
        <source>image %1: the file:// URL was refused: this server reads image files only when started with --allow-file-urls, from an absolute path to a readable image; send the image as a data: URL</source>
        <translation>Bild %1: Die file://-URL wurde abgelehnt: Dieser Server liest Bilddateien nur, wenn er mit --allow-file-urls gestartet wurde, und nur von einem absoluten Pfad zu einem lesbaren Bild; senden Sie das Bild als data:-URL</translation>
    </message>
    <message>
        <source>image %1: the images before it already hold %2 megapixels, the most this server decodes for one request</source>
        <translation>Bild %1: Die Bilder davor umfassen bereits %2 Megapixel, das Maximum, das dieser Server für eine Anfrage dekodiert</translation>
    </message>
    <message>
        <source>image %1: %2 (this server decodes at most %3 megapixels of images per request)</source>
        <translation>Bild %1: %2 (dieser Server dekodiert höchstens %3 Megapixel an Bildern pro Anfrage)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object with a &quot;type&quot;</source>
        <translation>&apos;%1&apos; muss ein Objekt mit &quot;type&quot; sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; type &apos;%2&apos; is not supported (text, json_object or json_schema)</source>
        <translation>&apos;%1&apos; vom Typ &apos;%2&apos; wird nicht unterstützt (text, json_object oder json_schema)</translation>
    </message>
    <message>
        <source>&apos;%1.json_schema&apos; must be an object with the &quot;schema&quot;</source>
        <translation>&apos;%1.json_schema&apos; muss ein Objekt mit &quot;schema&quot; sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a JSON schema (an object)</source>
        <translation>&apos;%1&apos; muss ein JSON-Schema (ein Objekt) sein</translation>
    </message>
    <message>
        <source>the shortest answer valid for %1 has %2 bytes, more than the token limit (%3) can be sure to hold; raise the token limit</source>
        <translation>die kürzeste für %1 gültige Antwort hat %2 Bytes, mehr als das Token-Limit (%3) sicher fassen kann; erhöhen Sie das Token-Limit</translation>
    </message>
</context>
<context>
    <name>mdi::ChatController</name>
    <message>
        <source>The model is still loading; send again in a moment.</source>
        <translation>Das Modell wird noch geladen; senden Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Type a message or add an image first.</source>
        <translation>Geben Sie zuerst eine Nachricht ein oder fügen Sie ein Bild hinzu.</translation>
    </message>
    <message>
        <source>An answer is still being written; stop it first.</source>
        <translation>Es wird noch eine Antwort geschrieben; stoppen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Only an answer to a question can be regenerated.</source>
        <translation>Nur eine Antwort auf eine Frage kann neu generiert werden.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Nur Ihre eigenen Nachrichten können bearbeitet werden.</translation>
    </message>
    <message>
        <source>The edited message is empty.</source>
        <translation>Die bearbeitete Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No model is loaded. Choose or download one in File &gt; Models…</source>
        <translation>Kein Modell geladen. Wählen oder laden Sie eines unter Datei &gt; Modelle…</translation>
    </message>
    <message>
        <source>The message could not be deleted: %1</source>
        <translation>Die Nachricht konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The other answer could not be shown: %1</source>
        <translation>Die andere Antwort konnte nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>The conversation could not be deleted: %1</source>
        <translation>Die Unterhaltung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Only an answer that was stopped or cut short can be continued.</source>
        <translation>Nur eine angehaltene oder abgeschnittene Antwort kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Only the last answer of a conversation can be continued; this one has replies.</source>
        <translation>Nur die letzte Antwort einer Unterhaltung kann fortgesetzt werden; auf diese folgen weitere Nachrichten.</translation>
    </message>
    <message>
        <source>This answer is still being written; stop it first.</source>
        <translation>Diese Antwort wird noch geschrieben; halten Sie sie zuerst an.</translation>
    </message>
    <message>
        <source>The message could not be shown: %1</source>
        <translation>Die Nachricht konnte nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1 (Abzweigung)</translation>
    </message>
</context>
<context>
    <name>mdi::ChatTemplate</name>
    <message>
        <source>message %1: must be an object with &quot;role&quot; and &quot;content&quot;</source>
        <translation>Nachricht %1: muss ein Objekt mit &quot;role&quot; und &quot;content&quot; sein</translation>
    </message>
    <message>
        <source>message %1: &quot;role&quot; must be a non-empty string</source>
        <translation>Nachricht %1: &quot;role&quot; muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>message %1: &quot;content&quot; must be a string or a list of parts</source>
        <translation>Nachricht %1: &quot;content&quot; muss eine Zeichenkette oder eine Liste von Teilen sein</translation>
    </message>
    <message>
        <source>image %1 has %2 tokens; it must have at least one</source>
        <translation>Bild %1 hat %2 Token; es muss mindestens eines haben</translation>
    </message>
    <message>
        <source>message %1, part %2</source>
        <translation>Nachricht %1, Teil %2</translation>
    </message>
    <message>
        <source>%1: a content part must be an object</source>
        <translation>%1: Ein Inhaltsteil muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: an image part needs a non-empty &quot;image&quot; or &quot;image_url&quot; reference</source>
        <translation>%1: Ein Bildteil braucht eine nicht leere Referenz &quot;image&quot; oder &quot;image_url&quot;</translation>
    </message>
    <message>
        <source>%1: video input is not supported</source>
        <translation>%1: Videoeingaben werden nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; must be a string</source>
        <translation>%1: &quot;text&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: unknown part type &apos;%2&apos;</source>
        <translation>%1: unbekannter Teiltyp &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: a text part needs a &quot;text&quot; string</source>
        <translation>%1: Ein Textteil braucht eine Zeichenkette &quot;text&quot;</translation>
    </message>
    <message>
        <source>%1: the part has no &quot;type&quot;, &quot;text&quot; or &quot;image&quot;</source>
        <translation>%1: Der Teil hat weder &quot;type&quot; noch &quot;text&quot; noch &quot;image&quot;</translation>
    </message>
    <message>
        <source>the prompt has %1 but %2 were given</source>
        <translation>der Prompt hat %1, es gibt aber %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image placeholder(s)</source>
        <translation>
            <numerusform>%n Bild-Platzhalter</numerusform>
            <numerusform>%n Bild-Platzhalter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Drop an image here or type a question below to start.</source>
        <translation>Ziehen Sie ein Bild hierher oder geben Sie unten eine Frage ein, um zu beginnen.</translation>
    </message>
</context>
<context>
    <name>mdi::Checkpoint</name>
    <message>
        <source>%1 and %2 are both present; %1 is used, as transformers does</source>
        <translation>%1 und %2 sind beide vorhanden; wie bei transformers wird %1 verwendet</translation>
    </message>
    <message>
        <source>%1: field &apos;weight_map&apos; is missing or not an object</source>
        <translation>%1: Das Feld &apos;weight_map&apos; fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: &apos;weight_map&apos; lists no tensors</source>
        <translation>%1: &apos;weight_map&apos; führt keine Tensoren auf</translation>
    </message>
    <message>
        <source>%1: tensor %2 maps to %3, which is not a file name in the checkpoint folder</source>
        <translation>%1: Tensor %2 verweist auf %3, das kein Dateiname im Checkpoint-Ordner ist</translation>
    </message>
    <message>
        <source>%1: names shard %2, which is not in %3</source>
        <translation>%1: nennt den Shard %2, der nicht in %3 enthalten ist</translation>
    </message>
    <message>
        <source>%1: tensor %2 is listed in shard %3, which does not contain it</source>
        <translation>%1: Tensor %2 ist im Shard %3 aufgeführt, der ihn nicht enthält</translation>
    </message>
    <message>
        <source>%1: tensor %2 is not listed in %3</source>
        <translation>%1: Tensor %2 ist nicht in %3 aufgeführt</translation>
    </message>
    <message>
        <source>%1: tensor %2 is listed in %3 under shard %4</source>
        <translation>%1: Tensor %2 ist in %3 unter dem Shard %4 aufgeführt</translation>
    </message>
    <message>
        <source>%1: the index and the shards disagree:
  %2</source>
        <translation>%1: Index und Shards stimmen nicht überein:
  %2</translation>
    </message>
    <message>
        <source>%1: metadata.total_size is %2 but the shards hold %3 bytes of tensors</source>
        <translation>%1: metadata.total_size ist %2, aber die Shards enthalten %3 Bytes an Tensoren</translation>
    </message>
    <message>
        <source>tensor %1 is stored twice: as %2 in %3 and as %4 in %5</source>
        <translation>Tensor %1 ist doppelt gespeichert: als %2 in %3 und als %4 in %5</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, the config implies %4</source>
        <translation>%1: Tensor %2 hat die Form %3, laut Konfiguration wäre es %4</translation>
    </message>
    <message>
        <source>%1: tensor %2 has dtype %3; weights must be F32, F16 or BF16</source>
        <translation>%1: Tensor %2 hat den Dtype %3; Gewichte müssen F32, F16 oder BF16 sein</translation>
    </message>
    <message>
        <source>%1: holds %2 although config.json ties the head to the embedding; it is ignored</source>
        <translation>%1: enthält %2, obwohl config.json den Head an das Embedding bindet; wird ignoriert</translation>
    </message>
    <message>
        <source>%1: holds the rotary buffer %2, which is ignored</source>
        <translation>%1: enthält den Rotary-Puffer %2, der ignoriert wird</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>missing (%1): %2</source>
        <translation>fehlend (%1): %2</translation>
    </message>
    <message>
        <source>unexpected (%1): %2</source>
        <translation>unerwartet (%1): %2</translation>
    </message>
    <message>
        <source>%1: the weights do not match config.json:
  %2</source>
        <translation>%1: Die Gewichte passen nicht zu config.json:
  %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no weights found: neither %2 nor %3 is there</source>
        <translation>%1: keine Gewichte gefunden: weder %2 noch %3 ist vorhanden</translation>
    </message>
    <message>
        <source> (found %1 without the index that says which tensors they hold)</source>
        <translation> (%1 gefunden, aber ohne den Index, der angibt, welche Tensoren sie enthalten)</translation>
    </message>
    <message>
        <source> (found PyTorch weights %1; MDI Chat reads only safetensors: convert them first)</source>
        <translation> (PyTorch-Gewichte %1 gefunden; MDI Chat liest nur SafeTensors: bitte zuerst konvertieren)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) missing from their shards</source>
        <translation>
            <numerusform>... und %n weiterer Tensor, der in seinem Shard fehlt</numerusform>
            <numerusform>... und %n weitere Tensoren, die in ihren Shards fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) missing from the index</source>
        <translation>
            <numerusform>... und %n weiterer Tensor, der im Index fehlt</numerusform>
            <numerusform>... und %n weitere Tensoren, die im Index fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) with a wrong shape</source>
        <translation>
            <numerusform>... und %n weiterer Tensor mit falscher Form</numerusform>
            <numerusform>... und %n weitere Tensoren mit falscher Form</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) with a non-float dtype</source>
        <translation>
            <numerusform>... und %n weiterer Tensor mit einem Nicht-Gleitkomma-Dtype</numerusform>
            <numerusform>... und %n weitere Tensoren mit einem Nicht-Gleitkomma-Dtype</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) stored twice</source>
        <translation>
            <numerusform>... und %n weiterer doppelt gespeicherter Tensor</numerusform>
            <numerusform>... und %n weitere doppelt gespeicherte Tensoren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::CodeBlockView</name>
    <message>
        <source>Code block</source>
        <translation>Codeblock</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Den Code kopieren</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>mdi::Composer</name>
    <message>
        <source>Message composer</source>
        <translation>Nachrichteneingabe</translation>
    </message>
    <message>
        <source>Ask about an image, or anything else. Enter sends, Shift+Enter starts a new line; drop or paste images.</source>
        <translation>Fragen Sie nach einem Bild oder nach etwas anderem. Eingabetaste sendet, Umschalt+Eingabetaste beginnt eine neue Zeile; Bilder können hineingezogen oder eingefügt werden.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Attach images (you can also drop or paste them)</source>
        <translation>Bilder anhängen (Sie können sie auch hineinziehen oder einfügen)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <source>%1 is already attached.</source>
        <translation>%1 ist bereits angehängt.</translation>
    </message>
    <message>
        <source>Images cannot be added: the history folder is not available.</source>
        <translation>Bilder können nicht hinzugefügt werden: Der Verlaufsordner ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>The pasted image was not added: %1</source>
        <translation>Das eingefügte Bild wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Attach Images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what was written so far is kept</source>
        <translation>Die Antwort stoppen (Esc); der bisher geschriebene Text bleibt erhalten</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>Generierung stoppen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Die Nachricht senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Images and PDFs (%1);;All files (*)</source>
        <translation>Bilder und PDFs (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not added: %1: even its first page needs about %2 image tokens, more than the model&apos;s context of %3 tokens leaves for it.</source>
        <translation>Nicht hinzugefügt: %1: schon die erste Seite braucht etwa %2 Bild-Token, mehr als der Kontext des Modells von %3 Token dafür übrig lässt.</translation>
    </message>
    <message>
        <source>%1 has %2 pages; pages 1–%3 are attached, as many as one message for this model takes. Change the range on its chip to read others.</source>
        <translation>%1 hat %2 Seiten; die Seiten 1–%3 sind angehängt, so viele, wie eine Nachricht an dieses Modell fasst. Ändern Sie den Bereich auf seinem Chip, um andere zu lesen.</translation>
    </message>
    <message>
        <source>Pages %1–%2 of %3 are %4 pages; one message takes at most %5. Choose fewer pages.</source>
        <translation>Die Seiten %1–%2 von %3 sind %4 Seiten; eine Nachricht fasst höchstens %5. Wählen Sie weniger Seiten.</translation>
    </message>
    <message>
        <source>Pages %1–%2 of %3 need about %4 image tokens; the model&apos;s context of %5 tokens leaves room for about %6 here. Choose fewer pages.</source>
        <translation>Die Seiten %1–%2 von %3 brauchen etwa %4 Bild-Token; der Kontext des Modells von %5 Token lässt hier Platz für etwa %6. Wählen Sie weniger Seiten.</translation>
    </message>
    <message>
        <source>Not added: %1, page %2: %3</source>
        <translation>Nicht hinzugefügt: %1, Seite %2: %3</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationActions</name>
    <message>
        <source>Sampling and System &amp;Prompt…</source>
        <translation>Sampling und System&amp;prompt…</translation>
    </message>
    <message>
        <source>How this conversation&apos;s answers choose their words, and its own system prompt</source>
        <translation>Wie die Antworten dieser Unterhaltung ihre Wörter wählen, und ihr eigener Systemprompt</translation>
    </message>
    <message>
        <source>C&amp;ontinue Answer</source>
        <translation>Antwort f&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Continue writing the last answer where it stopped</source>
        <translation>Die letzte Antwort dort weiterschreiben, wo sie aufgehört hat</translation>
    </message>
    <message>
        <source>&amp;Fork Conversation</source>
        <translation>Unterhaltung &amp;abzweigen</translation>
    </message>
    <message>
        <source>Start a new conversation with the messages so far</source>
        <translation>Eine neue Unterhaltung mit den bisherigen Nachrichten beginnen</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationExporter</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>(stopped before the end)</source>
        <translation>(vor dem Ende gestoppt)</translation>
    </message>
    <message>
        <source>(the answer failed)</source>
        <translation>(die Antwort ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(unvollständig)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: Datei nicht gefunden (%2)</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: keine Datei</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; at most %3 MB can be imported</source>
        <translation>%1: Die Datei ist %2 MB groß; importiert werden können höchstens %3 MB</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1: kein gültiges JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>%1: not an MDI Chat conversation (the JSON is not an object)</source>
        <translation>%1: keine Unterhaltung von MDI Chat (das JSON ist kein Objekt)</translation>
    </message>
    <message>
        <source>%1: not an MDI Chat conversation (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1: keine Unterhaltung von MDI Chat (&quot;format&quot; ist nicht &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: written by a newer version of MDI Chat (format version %2; this version reads up to %3)</source>
        <translation>%1: von einer neueren Version von MDI Chat geschrieben (Formatversion %2; diese Version liest bis %3)</translation>
    </message>
    <message>
        <source>%1 images; at most %2 are allowed</source>
        <translation>%1 Bilder; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 digest (64 lower-case hex digits)</source>
        <translation>&quot;%1&quot; ist kein SHA-256-Hashwert (64 hexadezimale Kleinbuchstaben/Ziffern)</translation>
    </message>
    <message>
        <source>must be an object with a base64 &quot;data&quot; string</source>
        <translation>muss ein Objekt mit einer Base64-Zeichenkette &quot;data&quot; sein</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;state&quot; must be complete, streaming, stopped or failed; got &quot;%1&quot;</source>
        <translation>&quot;state&quot; muss complete, streaming, stopped oder failed sein; erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>each image must be an object</source>
        <translation>jedes Bild muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the image %1 is not in the file&apos;s &quot;images&quot;</source>
        <translation>das Bild %1 ist nicht in den &quot;images&quot; der Datei enthalten</translation>
    </message>
    <message>
        <source>%1: the image %2 is not valid base64</source>
        <translation>%1: Das Bild %2 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>%1: the image %2 does not match its SHA-256 digest (the file is damaged)</source>
        <translation>%1: Das Bild %2 passt nicht zu seinem SHA-256-Hashwert (die Datei ist beschädigt)</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: Die Datei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the image file is missing from %2</source>
        <translation>%1: Die Bilddatei fehlt in %2</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationSettingsDialog</name>
    <message>
        <source>New Chat Settings</source>
        <translation>Einstellungen des neuen Chats</translation>
    </message>
    <message>
        <source>Conversation Settings</source>
        <translation>Einstellungen der Unterhaltung</translation>
    </message>
    <message>
        <source>How answers choose their words</source>
        <translation>Wie Antworten ihre Wörter wählen</translation>
    </message>
    <message>
        <source>&amp;System prompt for this conversation</source>
        <translation>&amp;Systemprompt dieser Unterhaltung</translation>
    </message>
    <message>
        <source>Instructions the model reads before every message of this conversation, for example &quot;Answer in German&quot; or &quot;You are a careful proofreader&quot;. Empty: none.</source>
        <translation>Anweisungen, die das Modell vor jeder Nachricht dieser Unterhaltung liest, zum Beispiel „Antworte auf Deutsch“ oder „Du bist ein sorgfältiger Korrektor“. Leer: keine.</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationSidebar</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Eine neue Unterhaltung beginnen</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Eine neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Finds conversations whose messages or title contain every word (Ctrl+F)</source>
        <translation>Findet Unterhaltungen, deren Nachrichten oder Titel alle Wörter enthalten (Strg+F)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1
Last message: %2</source>
        <translation>%1
Letzte Nachricht: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) match the search</source>
        <translation>
            <numerusform>%n Unterhaltung passt zur Suche</numerusform>
            <numerusform>%n Unterhaltungen passen zur Suche</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation matches the search.</source>
        <translation>Keine Unterhaltung passt zur Suche.</translation>
    </message>
    <message>
        <source>&amp;Pin to Top</source>
        <translation>&amp;Oben anheften</translation>
    </message>
    <message>
        <source>Writing an answer…</source>
        <translation>Schreibt eine Antwort…</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
</context>
<context>
    <name>mdi::CorsPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a web origin: give scheme, host and port as the browser shows them, such as http://localhost:3000</source>
        <translation>&apos;%1&apos; ist kein Web-Origin: geben Sie Schema, Host und Port so an, wie der Browser sie zeigt, etwa http://localhost:3000</translation>
    </message>
</context>
<context>
    <name>mdi::DecoderLayers</name>
    <message numerus="yes">
        <source>Layer range %1-%2 is not inside the model&apos;s %n layer(s).</source>
        <translation>
            <numerusform>Der Schichtbereich %1-%2 liegt nicht innerhalb der %n Schicht des Modells.</numerusform>
            <numerusform>Der Schichtbereich %1-%2 liegt nicht innerhalb der %n Schichten des Modells.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden states must be [n, %1].</source>
        <translation>Hidden States müssen die Form [n, %1] haben.</translation>
    </message>
    <message>
        <source>%1 hidden states came with %2 positions.</source>
        <translation>%1 Hidden States kamen mit %2 Positionen an.</translation>
    </message>
    <message numerus="yes">
        <source>The KV cache holds %n layer(s); this stage has %1.</source>
        <translation>
            <numerusform>Der KV-Cache enthält %n Schicht; diese Stufe hat %1.</numerusform>
            <numerusform>Der KV-Cache enthält %n Schichten; diese Stufe hat %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoder layers %1-%2 failed: %3</source>
        <translation>Die Decoder-Schichten %1-%2 sind fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>mdi::DemoScreenshot</name>
    <message>
        <source>Sunset over the lake</source>
        <translation>Sonnenuntergang über dem See</translation>
    </message>
    <message>
        <source>What time of day is it in this picture? And how could I draw the sun&apos;s glow with QPainter?</source>
        <translation>Welche Tageszeit ist auf diesem Bild? Und wie könnte ich das Leuchten der Sonne mit QPainter zeichnen?</translation>
    </message>
    <message>
        <source>Evening, shortly before sunset.</source>
        <translation>Abends, kurz vor Sonnenuntergang.</translation>
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
        <translation>Es ist **Sonnenuntergang** (oder kurz davor): Die Sonne steht tief über den Hügeln, der Himmel reicht von tiefem Blau bis *Orange*, und ihr Licht spiegelt sich im See.

Ein weiches Leuchten ist ein `QRadialGradient`, der ins Transparente ausläuft:

```cpp
QRadialGradient glow(centre, 70);
glow.setColorAt(0.0, QColor(255, 244, 201));
glow.setColorAt(1.0, QColor(255, 211, 110, 0)); // transparenter Rand
painter.setBrush(glow);
painter.drawEllipse(centre, 70, 70);
```

Zeichnen Sie es **vor** den Hügeln, damit diese seine untere Hälfte verdecken.</translation>
    </message>
    <message>
        <source>Make the sky a little darker</source>
        <translation>Mach den Himmel etwas dunkler</translation>
    </message>
    <message>
        <source>12.4 tokens/s</source>
        <translation>12,4 Token/s</translation>
    </message>
    <message>
        <source>Context 449 / 32,768</source>
        <translation>Kontext 449 / 32.768</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>Es kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>Sorting a list of tuples in Python</source>
        <translation>Eine Liste von Tupeln in Python sortieren</translation>
    </message>
    <message>
        <source>Recipe ideas for leftover rice</source>
        <translation>Rezeptideen für übrig gebliebenen Reis</translation>
    </message>
    <message>
        <source>Layers 0–28 on this computer</source>
        <translation>Schichten 0–28 auf diesem Computer</translation>
    </message>
    <message>
        <source>27.1 tokens/s</source>
        <translation>27,1 Token/s</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoverCommand</name>
    <message>
        <source>Lists the MDI Chat nodes (mdi-node) on the local network.</source>
        <translation>Listet die Knoten von MDI Chat (mdi-node) im lokalen Netzwerk auf.</translation>
    </message>
    <message>
        <source>List peers.</source>
        <translation>Peers auflisten.</translation>
    </message>
    <message>
        <source>Seconds to listen (default 3).</source>
        <translation>Sekunden, die gelauscht wird (Standard: 3).</translation>
    </message>
    <message>
        <source>Also listen and ask on 127.0.0.1.</source>
        <translation>Auch auf 127.0.0.1 lauschen und anfragen.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>UDP port to listen on for beacons.</source>
        <translation>UDP-Port, auf dem auf Beacons gelauscht wird.</translation>
    </message>
    <message>
        <source>UDP port nodes take queries on.</source>
        <translation>UDP-Port, auf dem Knoten Anfragen annehmen.</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 0 to 3600.</source>
        <translation>--timeout erwartet Sekunden von 0 bis 3600.</translation>
    </message>
    <message>
        <source>--beacon-port and --query-port take numbers from 1 to 65535.</source>
        <translation>--beacon-port und --query-port erwarten Zahlen von 1 bis 65535.</translation>
    </message>
    <message>
        <source>No nodes answered.</source>
        <translation>Kein Knoten hat geantwortet.</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoveryBeacon</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; ist keine gültige Knoten-ID.</translation>
    </message>
    <message>
        <source>A beacon needs the node&apos;s TCP port.</source>
        <translation>Ein Beacon braucht den TCP-Port des Knotens.</translation>
    </message>
    <message>
        <source>The beacon takes %1 bytes; at most %2 are allowed.</source>
        <translation>Das Beacon belegt %1 Bytes; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>a beacon of %1 bytes is larger than %2</source>
        <translation>ein Beacon von %1 Bytes ist größer als %2</translation>
    </message>
    <message>
        <source>not an MDI beacon</source>
        <translation>kein MDI-Beacon</translation>
    </message>
    <message>
        <source>is 0</source>
        <translation>ist 0</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>hat den unbekannten Wert %1</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>ist keine gültige ID</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>ist negativ</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>malformed beacon: %1</source>
        <translation>fehlerhaftes Beacon: %1</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoveryService</name>
    <message>
        <source>Cannot listen for peer discovery on UDP port %1: %2</source>
        <translation>Auf UDP-Port %1 kann nicht nach Peers gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>mdi::DownloadCommand</name>
    <message>
        <source>  %1 left</source>
        <translation>  noch %1</translation>
    </message>
    <message>
        <source>Downloads a model from the Hugging Face hub into its cache, resumably, verifying every file&apos;s hash.</source>
        <translation>Lädt ein Modell vom Hugging Face Hub in dessen Cache herunter, fortsetzbar und mit Prüfung des Hashwerts jeder Datei.</translation>
    </message>
    <message>
        <source>Repository, e.g. Qwen/Qwen2-VL-2B-Instruct.</source>
        <translation>Repository, z. B. Qwen/Qwen2-VL-2B-Instruct.</translation>
    </message>
    <message>
        <source>Branch, tag or commit (default main).</source>
        <translation>Branch, Tag oder Commit (Standard: main).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>The hub cache folder to download into (default: %1).</source>
        <translation>Der Hub-Cache-Ordner, in den heruntergeladen wird (Standard: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The hub or a mirror (default: the app&apos;s setting, %1).</source>
        <translation>Der Hub oder ein Mirror (Standard: die Einstellung der App, %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Seconds without data before giving up (default 30).</source>
        <translation>Sekunden ohne Daten, nach denen abgebrochen wird (Standard: 30).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--timeout: give a number of seconds above 0
</source>
        <translation>--timeout: Geben Sie eine Anzahl Sekunden größer als 0 an
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n file(s), %3
</source>
        <translation>
            <numerusform>%1 bei %2: %n Datei, %3
</numerusform>
            <numerusform>%1 bei %2: %n Dateien, %3
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::Engine</name>
    <message>
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
</context>
<context>
    <name>mdi::EngineArguments</name>
    <message>
        <source>--%1 needs a number in range, not &apos;%2&apos;</source>
        <translation>--%1 braucht eine Zahl im gültigen Bereich, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Checkpoint folder (Hugging Face layout).</source>
        <translation>Checkpoint-Ordner (Layout von Hugging Face).</translation>
    </message>
    <message>
        <source>Compute threads (default: physical cores).</source>
        <translation>Rechen-Threads (Standard: physische Kerne).</translation>
    </message>
    <message>
        <source>Largest image area in pixels after resizing (default: the model&apos;s).</source>
        <translation>Größte Bildfläche in Pixeln nach dem Skalieren (Standard: die des Modells).</translation>
    </message>
    <message>
        <source>Split the decoder layers across N local stages (worker threads).</source>
        <translation>Die Decoder-Schichten auf N lokale Stufen (Worker-Threads) aufteilen.</translation>
    </message>
    <message>
        <source>Explicit layer ranges, one local stage each, e.g. &quot;0-9,9-19,19-28&quot;.</source>
        <translation>Explizite Schichtbereiche, je eine lokale Stufe, z. B. &quot;0-9,9-19,19-28&quot;.</translation>
    </message>
    <message>
        <source>Compute threads per stage (default: cores / stages).</source>
        <translation>Rechen-Threads pro Stufe (Standard: Kerne / Stufen).</translation>
    </message>
    <message>
        <source>An mdi-node to run stages on (repeatable): with K peers the last K stages of the plan run on them, in order (default: --stages K).</source>
        <translation>Ein mdi-node, auf dem Stufen laufen (wiederholbar): Bei K Peers laufen die letzten K Stufen des Plans der Reihe nach auf ihnen (Standard: --stages K).</translation>
    </message>
    <message>
        <source>The pairing code of the peers (one per --peer, or one for all).</source>
        <translation>Der Kopplungscode der Peers (einer pro --peer oder einer für alle).</translation>
    </message>
    <message>
        <source>--stages must be at least 1</source>
        <translation>--stages muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>Give one --pairing-code for all peers or one per --peer.</source>
        <translation>Geben Sie einen --pairing-code für alle Peers oder einen pro --peer an.</translation>
    </message>
    <message>
        <source>--peer takes HOST:PORT, not &apos;%1&apos;.</source>
        <translation>--peer erwartet HOST:PORT, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Weight precision: auto (default: the fastest that keeps quality on this CPU), best (the checkpoint&apos;s own), f32, bf16, q8 (8-bit) or q4 (4-bit).</source>
        <translation>Genauigkeit der Gewichte: auto (Standard: die schnellste, die auf dieser CPU die Qualität erhält), best (die des Checkpoints), f32, bf16, q8 (8-bit) oder q4 (4-bit).</translation>
    </message>
    <message>
        <source>--dtype must be one of %1, not &apos;%2&apos;</source>
        <translation>--dtype muss einer der Werte %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Answers decoded together in one pass through the weights (default 8; 1: one at a time).</source>
        <translation>Antworten, die gemeinsam in einem Durchlauf durch die Gewichte dekodiert werden (Standard 8; 1: eine nach der anderen).</translation>
    </message>
    <message>
        <source>Prompt tokens read per pass (default 256; fewer while other answers decode).</source>
        <translation>Prompt-Token, die pro Durchlauf gelesen werden (Standard 256; weniger, während andere Antworten dekodiert werden).</translation>
    </message>
    <message>
        <source>--max-batch must be between 1 and 256</source>
        <translation>--max-batch muss zwischen 1 und 256 liegen</translation>
    </message>
    <message>
        <source>--prefill-chunk must be at least 1</source>
        <translation>--prefill-chunk muss mindestens 1 sein</translation>
    </message>
</context>
<context>
    <name>mdi::ForwardBatchMessage</name>
    <message>
        <source>a ForwardBatch needs at least one entry</source>
        <translation>ein ForwardBatch braucht mindestens einen Eintrag</translation>
    </message>
    <message>
        <source>an entry needs at least one token</source>
        <translation>ein Eintrag braucht mindestens ein Token</translation>
    </message>
    <message>
        <source>session %1 appears twice</source>
        <translation>Sitzung %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>the entries hold more than %1 tokens</source>
        <translation>die Einträge enthalten mehr als %1 Tokens</translation>
    </message>
</context>
<context>
    <name>mdi::ForwardMessage</name>
    <message>
        <source>a Forward needs at least one token</source>
        <translation>ein Forward braucht mindestens ein Token</translation>
    </message>
    <message>
        <source>%1 rows of hidden states for %2 tokens</source>
        <translation>%1 Zeilen Hidden States für %2 Token</translation>
    </message>
    <message>
        <source>hidden states need at least one column</source>
        <translation>Hidden States brauchen mindestens eine Spalte</translation>
    </message>
</context>
<context>
    <name>mdi::FrameReader</name>
    <message>
        <source>the stream does not start with an MDI frame (bad magic bytes %1)</source>
        <translation>der Datenstrom beginnt nicht mit einem MDI-Frame (falsche Magic Bytes %1)</translation>
    </message>
    <message>
        <source>the peer speaks protocol version %1; this program speaks version %2</source>
        <translation>der Peer spricht Protokollversion %1; dieses Programm spricht Version %2</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>unbekannter Nachrichtentyp %1</translation>
    </message>
    <message>
        <source>reserved flags 0x%1 are set in a %2 frame</source>
        <translation>reservierte Flags 0x%1 sind in einem %2-Frame gesetzt</translation>
    </message>
    <message>
        <source>a %1 frame of %2 bytes exceeds the limit of %3 bytes</source>
        <translation>ein %1-Frame von %2 Bytes überschreitet die Grenze von %3 Bytes</translation>
    </message>
</context>
<context>
    <name>mdi::FrameWriter</name>
    <message>
        <source>a %1 message of %2 bytes exceeds the frame limit of %3 bytes</source>
        <translation>eine %1-Nachricht von %2 Bytes überschreitet die Frame-Grenze von %3 Bytes</translation>
    </message>
    <message>
        <source>could not send a %1 message: %2</source>
        <translation>eine %1-Nachricht konnte nicht gesendet werden: %2</translation>
    </message>
</context>
<context>
    <name>mdi::GenerateCommand</name>
    <message>
        <source>MDI Chat on the command line: one prompt and images in, the answer out.

Commands (mdi-run COMMAND --help):
%1</source>
        <translation>MDI Chat auf der Kommandozeile: ein Prompt und Bilder hinein, die Antwort heraus.

Befehle (mdi-run BEFEHL --help):
%1</translation>
    </message>
    <message>
        <source>The user message.</source>
        <translation>Die Benutzernachricht.</translation>
    </message>
    <message>
        <source>A system message.</source>
        <translation>Eine Systemnachricht.</translation>
    </message>
    <message>
        <source>A JSON file with &quot;messages&quot; (Hugging Face chat format) and optional &quot;chat_template_kwargs&quot;.</source>
        <translation>Eine JSON-Datei mit &quot;messages&quot; (Chat-Format von Hugging Face) und optional &quot;chat_template_kwargs&quot;.</translation>
    </message>
    <message>
        <source>Folder that relative image names in --messages resolve against.</source>
        <translation>Ordner, gegen den relative Bildnamen in --messages aufgelöst werden.</translation>
    </message>
    <message>
        <source>Keep the K most likely tokens (0: off).</source>
        <translation>Die K wahrscheinlichsten Token behalten (0: aus).</translation>
    </message>
    <message>
        <source>Nucleus sampling threshold.</source>
        <translation>Schwellenwert für Nucleus-Sampling.</translation>
    </message>
    <message>
        <source>Drop tokens below P times the top probability.</source>
        <translation>Token unterhalb des P-Fachen der höchsten Wahrscheinlichkeit verwerfen.</translation>
    </message>
    <message>
        <source>Repetition penalty (1: off).</source>
        <translation>Wiederholungsstrafe (1: aus).</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>Zufalls-Seed (Standard: 0).</translation>
    </message>
    <message>
        <source>A stop string (repeatable).</source>
        <translation>Eine Stoppzeichenfolge (wiederholbar).</translation>
    </message>
    <message>
        <source>Keep generating after end-of-sequence.</source>
        <translation>Nach dem Sequenzende weiter generieren.</translation>
    </message>
    <message>
        <source>Print one JSON object with tokens, text and statistics.</source>
        <translation>Ein JSON-Objekt mit Token, Text und Statistiken ausgeben.</translation>
    </message>
    <message>
        <source>Generate K answers at once with seeds S..S+K-1 (--json prints an array).</source>
        <translation>K Antworten gleichzeitig mit den Seeds S..S+K-1 generieren (--json gibt ein Array aus).</translation>
    </message>
    <message>
        <source>--model DIR is required (see --help)</source>
        <translation>--model DIR ist erforderlich (siehe --help)</translation>
    </message>
    <message>
        <source>give either --prompt or --messages</source>
        <translation>Geben Sie entweder --prompt oder --messages an</translation>
    </message>
    <message>
        <source>--parallel must be at least 1</source>
        <translation>--parallel muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>With --json: each generated token&apos;s log-probability and the N most likely tokens of its step (0 to %1), under &quot;logprobs&quot; as in OpenAI&apos;s chat API; from the model&apos;s distribution, before temperature and top-k/top-p. Keeps every step&apos;s logits (0.6 MB each for Qwen2-VL).</source>
        <translation>Mit --json: die Log-Wahrscheinlichkeit jedes generierten Tokens und die N wahrscheinlichsten Token seines Schritts (0 bis %1), unter &quot;logprobs&quot; wie in der Chat-API von OpenAI; aus der Verteilung des Modells, vor Temperatur und Top-k/Top-p. Behält die Logits jedes Schritts (je 0,6 MB bei Qwen2-VL).</translation>
    </message>
    <message>
        <source>--logprobs must be between 0 and %1, not &apos;%2&apos;</source>
        <translation>--logprobs muss zwischen 0 und %1 liegen, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--logprobs needs --json (the log-probabilities are part of the JSON answer)</source>
        <translation>--logprobs braucht --json (die Log-Wahrscheinlichkeiten sind Teil der JSON-Antwort)</translation>
    </message>
    <message>
        <source>Most tokens to generate (default: the model&apos;s generation_config.json, else 512).</source>
        <translation>Höchstzahl zu erzeugender Token (Standard: aus generation_config.json des Modells, sonst 512).</translation>
    </message>
    <message>
        <source>Sampling temperature; 0 is greedy. Giving it, --top-p, --top-k or --min-p replaces the model&apos;s generation_config.json sampling: what is not given is 1 (temperature, top-p) or off (top-k, min-p).</source>
        <translation>Sampling-Temperatur; 0 ist greedy. Wird sie, --top-p, --top-k oder --min-p angegeben, ersetzt das die Sampling-Werte aus generation_config.json des Modells: Nicht Angegebenes ist 1 (Temperatur, top-p) bzw. aus (top-k, min-p).</translation>
    </message>
    <message>
        <source>An image for the prompt, or a PDF: one image per page (repeatable).</source>
        <translation>Ein Bild für den Prompt oder ein PDF: ein Bild pro Seite (wiederholbar).</translation>
    </message>
</context>
<context>
    <name>mdi::HistorySchema</name>
    <message>
        <source>%1: cannot read the chat history; the file is damaged or not an SQLite database (%2)</source>
        <translation>%1: Der Chatverlauf kann nicht gelesen werden; die Datei ist beschädigt oder keine SQLite-Datenbank (%2)</translation>
    </message>
    <message>
        <source>%1: this SQLite file belongs to another application (application id %2); it was left unchanged</source>
        <translation>%1: Diese SQLite-Datei gehört zu einer anderen Anwendung (Anwendungs-ID %2); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1: the chat history was written by a newer version of MDI Chat (schema version %2; this version understands up to %3). It was left unchanged; update MDI Chat to open it.</source>
        <translation>%1: Der Chatverlauf wurde von einer neueren Version von MDI Chat geschrieben (Schemaversion %2; diese Version versteht bis %3). Er wurde nicht verändert; aktualisieren Sie MDI Chat, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>%1: the chat history has an invalid schema version %2</source>
        <translation>%1: Der Chatverlauf hat eine ungültige Schemaversion %2</translation>
    </message>
    <message>
        <source>%1: this SQLite file is not an MDI Chat history (schema version %2 without MDI Chat&apos;s application id); it was left unchanged</source>
        <translation>%1: Diese SQLite-Datei ist kein Chatverlauf von MDI Chat (Schemaversion %2 ohne die Anwendungs-ID von MDI Chat); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1: cannot read the chat history (%2)</source>
        <translation>%1: Der Chatverlauf kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: this SQLite file holds tables of another application; it was left unchanged</source>
        <translation>%1: Diese SQLite-Datei enthält Tabellen einer anderen Anwendung; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1: cannot configure the database (%2)</source>
        <translation>%1: Die Datenbank kann nicht konfiguriert werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot lock the database to upgrade it (%2)</source>
        <translation>%1: Die Datenbank kann für die Aktualisierung nicht gesperrt werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version (%2)</source>
        <translation>%1: Die Schemaversion kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: the chat history was upgraded by a newer version of MDI Chat (schema version %2)</source>
        <translation>%1: Der Chatverlauf wurde von einer neueren Version von MDI Chat aktualisiert (Schemaversion %2)</translation>
    </message>
    <message>
        <source>%1: cannot upgrade the chat history to schema version %2 (%3)</source>
        <translation>%1: Der Chatverlauf kann nicht auf Schemaversion %2 aktualisiert werden (%3)</translation>
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
        <translation>die Datenbank ist belegt oder schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot save the change</source>
        <translation>die Änderung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the messages</source>
        <translation>die Nachrichten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the attachments</source>
        <translation>die Anhänge können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot save an image attachment</source>
        <translation>ein Bildanhang kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: the history writer is not running</source>
        <translation>%1: Der Verlaufsschreiber läuft nicht</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed; the chat history cannot be opened.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert; der Chatverlauf kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the chat history</source>
        <translation>%1: Der Ordner für den Chatverlauf kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot open the chat history (%2)</source>
        <translation>%1: Der Chatverlauf kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open the chat history for reading (%2)</source>
        <translation>%1: Der Chatverlauf kann nicht zum Lesen geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>cannot read conversation %1</source>
        <translation>Unterhaltung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Conversation %1 does not exist (it may have been deleted).</source>
        <translation>Unterhaltung %1 existiert nicht (sie wurde möglicherweise gelöscht).</translation>
    </message>
    <message>
        <source>Message %1 does not exist (it may have been deleted).</source>
        <translation>Nachricht %1 existiert nicht (sie wurde möglicherweise gelöscht).</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Titel ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>cannot create a conversation</source>
        <translation>es kann keine Unterhaltung angelegt werden</translation>
    </message>
    <message>
        <source>cannot rename conversation %1</source>
        <translation>Unterhaltung %1 kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>cannot save the settings of conversation %1</source>
        <translation>die Einstellungen von Unterhaltung %1 können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the attachments of conversation %1</source>
        <translation>die Anhänge von Unterhaltung %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot delete conversation %1</source>
        <translation>Unterhaltung %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>A message&apos;s role must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;; got &quot;%1&quot;.</source>
        <translation>Die Rolle einer Nachricht muss &quot;user&quot;, &quot;assistant&quot; oder &quot;system&quot; sein; erhalten: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: the image reference &quot;%2&quot; is not a SHA-256 digest</source>
        <translation>%1: Die Bildreferenz &quot;%2&quot; ist kein SHA-256-Hashwert</translation>
    </message>
    <message>
        <source>%1: the image is not in the image store %2</source>
        <translation>%1: Das Bild ist nicht im Bildspeicher %2</translation>
    </message>
    <message>
        <source>cannot read message %1</source>
        <translation>Nachricht %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Message %1 belongs to another conversation; it cannot be the parent of a message in conversation %2.</source>
        <translation>Nachricht %1 gehört zu einer anderen Unterhaltung; sie kann nicht die übergeordnete Nachricht einer Nachricht in Unterhaltung %2 sein.</translation>
    </message>
    <message>
        <source>cannot save the message</source>
        <translation>die Nachricht kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save message %1</source>
        <translation>Nachricht %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the replies to message %1</source>
        <translation>die Antworten auf Nachricht %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the attachments of message %1</source>
        <translation>die Anhänge von Nachricht %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot delete message %1</source>
        <translation>Nachricht %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Message %1 is not part of conversation %2.</source>
        <translation>Nachricht %1 gehört nicht zu Unterhaltung %2.</translation>
    </message>
    <message>
        <source>cannot switch the branch of conversation %1</source>
        <translation>der Zweig von Unterhaltung %1 kann nicht gewechselt werden</translation>
    </message>
    <message>
        <source>Message %1 of %2: its id %3 is not positive or not unique.</source>
        <translation>Nachricht %1 von %2: Die ID %3 ist nicht positiv oder nicht eindeutig.</translation>
    </message>
    <message>
        <source>Message %1 (id %2): its parent %3 is not an earlier message of the conversation.</source>
        <translation>Nachricht %1 (ID %2): Die übergeordnete Nachricht %3 ist keine frühere Nachricht der Unterhaltung.</translation>
    </message>
    <message>
        <source>Message %1 (id %2): the role must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;; got &quot;%3&quot;.</source>
        <translation>Nachricht %1 (ID %2): Die Rolle muss &quot;user&quot;, &quot;assistant&quot; oder &quot;system&quot; sein; erhalten: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Message %1 (id %2): the image %3 is not in the image store.</source>
        <translation>Nachricht %1 (ID %2): Das Bild %3 ist nicht im Bildspeicher.</translation>
    </message>
    <message>
        <source>The current message %1 is not one of the conversation&apos;s messages.</source>
        <translation>Die aktuelle Nachricht %1 gehört nicht zu den Nachrichten der Unterhaltung.</translation>
    </message>
    <message>
        <source>cannot save a message</source>
        <translation>eine Nachricht kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save the messages</source>
        <translation>die Nachrichten können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot pin conversation %1</source>
        <translation>Unterhaltung %1 kann nicht angeheftet werden</translation>
    </message>
</context>
<context>
    <name>mdi::HttpConnection</name>
    <message numerus="yes">
        <source>The request body (%n byte(s)) did not arrive in time.</source>
        <translation>
            <numerusform>Der Anfragerumpf (%n Byte) ist nicht rechtzeitig angekommen.</numerusform>
            <numerusform>Der Anfragerumpf (%n Bytes) ist nicht rechtzeitig angekommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 s.</source>
        <translation>Der Anfragekopf ist nicht innerhalb von %1 s angekommen.</translation>
    </message>
</context>
<context>
    <name>mdi::HttpRequestParser</name>
    <message>
        <source>The request line and header fields exceed %1 bytes.</source>
        <translation>Anfragezeile und Header-Felder überschreiten %1 Bytes.</translation>
    </message>
    <message>
        <source>The request line is malformed; expected &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation>Die Anfragezeile ist fehlerhaft; erwartet wurde &quot;METHOD /path HTTP/1.1&quot;.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Nur HTTP/1.0 und HTTP/1.1 werden unterstützt.</translation>
    </message>
    <message>
        <source>The request target must be a path starting with &apos;/&apos;.</source>
        <translation>Das Anfrageziel muss ein Pfad sein, der mit &apos;/&apos; beginnt.</translation>
    </message>
    <message>
        <source>The request target contains characters that must be percent-encoded.</source>
        <translation>Das Anfrageziel enthält Zeichen, die prozentkodiert sein müssen.</translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation>Gefaltete Header-Zeilen werden nicht angenommen.</translation>
    </message>
    <message>
        <source>A header line is malformed; expected &quot;Name: value&quot;.</source>
        <translation>Eine Header-Zeile ist fehlerhaft; erwartet wurde &quot;Name: value&quot;.</translation>
    </message>
    <message>
        <source>A header value contains control characters.</source>
        <translation>Ein Header-Wert enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The request has more than %1 header fields.</source>
        <translation>Die Anfrage hat mehr als %1 Header-Felder.</translation>
    </message>
    <message>
        <source>HTTP/1.1 requests must have a Host header.</source>
        <translation>HTTP/1.1-Anfragen müssen einen Host-Header haben.</translation>
    </message>
    <message>
        <source>Request bodies must be sent with a Content-Length; chunked transfer coding is not supported.</source>
        <translation>Anfragetexte müssen mit einer Content-Length gesendet werden; Chunked Transfer Coding wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>Der Content-Length-Header ist keine Zahl.</translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length values.</source>
        <translation>Die Anfrage hat widersprüchliche Content-Length-Werte.</translation>
    </message>
    <message>
        <source>A %1 request needs a Content-Length header.</source>
        <translation>Eine %1-Anfrage braucht einen Content-Length-Header.</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; at most %2 are accepted.</source>
        <translation>Der Anfragetext hat %1 Bytes; höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <source>Only &quot;Expect: 100-continue&quot; is supported.</source>
        <translation>Nur &quot;Expect: 100-continue&quot; wird unterstützt.</translation>
    </message>
</context>
<context>
    <name>mdi::HttpServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Auf %1:%2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>The server has too many open connections; try again later.</source>
        <translation>Der Server hat zu viele offene Verbindungen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server has too many open connections from %1; try again later.</source>
        <translation>Der Server hat zu viele offene Verbindungen von %1; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>mdi::HubFileList</name>
    <message>
        <source>%1: the answer is not a JSON object (%2)</source>
        <translation>%1: Die Antwort ist kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;sha&quot; is not a commit hash</source>
        <translation>%1: &quot;sha&quot; ist kein Commit-Hash</translation>
    </message>
    <message>
        <source>%1: &quot;siblings&quot; (the file list) is missing</source>
        <translation>%1: &quot;siblings&quot; (die Dateiliste) fehlt</translation>
    </message>
    <message>
        <source>%1: unsafe file name &quot;%2&quot;</source>
        <translation>%1: unsicherer Dateiname &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 has no valid LFS sha256</source>
        <translation>%1: %2 hat keinen gültigen LFS-sha256</translation>
    </message>
    <message>
        <source>%1: %2 has no blob id (ask with ?blobs=true)</source>
        <translation>%1: %2 hat keine Blob-ID (mit ?blobs=true anfragen)</translation>
    </message>
    <message>
        <source>%1: %2 has no size</source>
        <translation>%1: %2 hat keine Größe</translation>
    </message>
</context>
<context>
    <name>mdi::ImageDecoder</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: Datei nicht gefunden (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1: ist ein Ordner, keine Bilddatei</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; image files over %3 MB are not accepted</source>
        <translation>%1: Die Datei ist %2 MB groß; Bilddateien über %3 MB werden nicht angenommen</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes), not an image</source>
        <translation>%1: Die Datei ist leer (0 Bytes), kein Bild</translation>
    </message>
    <message>
        <source>%1: the image data is %2 MB; images over %3 MB are not accepted</source>
        <translation>%1: Die Bilddaten sind %2 MB groß; Bilder über %3 MB werden nicht angenommen</translation>
    </message>
    <message>
        <source>%1: not an image, or in a format that cannot be read (readable: %2)</source>
        <translation>%1: kein Bild oder in einem Format, das nicht gelesen werden kann (lesbar: %2)</translation>
    </message>
    <message>
        <source>%1: the image declares an empty size (%2 x %3 pixels)</source>
        <translation>%1: Das Bild gibt eine leere Größe an (%2 x %3 Pixel)</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels (%4 megapixels); at most %5 megapixels are accepted</source>
        <translation>%1: Das Bild hat %2 x %3 Pixel (%4 Megapixel); höchstens %5 Megapixel werden angenommen</translation>
    </message>
    <message>
        <source>%1: the JPEG data ends early (the file is truncated or damaged)</source>
        <translation>%1: Die JPEG-Daten enden vorzeitig (die Datei ist abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <source>the data is too short to hold an image</source>
        <translation>die Daten sind zu kurz, um ein Bild zu enthalten</translation>
    </message>
    <message>
        <source>%1: cannot decode the image (%2); the file may be truncated or damaged</source>
        <translation>%1: Das Bild kann nicht dekodiert werden (%2); die Datei ist möglicherweise abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels; at most %4 megapixels are accepted</source>
        <translation>%1: Das Bild hat %2 x %3 Pixel; höchstens %4 Megapixel werden angenommen</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device, pipe or socket)</source>
        <translation>%1: ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
</context>
<context>
    <name>mdi::ImagePreprocessor</name>
    <message>
        <source>the image has no pixels (%1 x %2)</source>
        <translation>das Bild hat keine Pixel (%1 x %2)</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels; its aspect ratio %3:1 is above the limit of %4:1</source>
        <translation>das Bild hat %1 x %2 Pixel; sein Seitenverhältnis %3:1 liegt über der Grenze von %4:1</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels, too large to resize</source>
        <translation>das Bild hat %1 x %2 Pixel und ist zu groß zum Skalieren</translation>
    </message>
    <message>
        <source>image from a data: URL</source>
        <translation>Bild aus einer data:-URL</translation>
    </message>
    <message>
        <source>not a data: URL (it must start with &quot;data:&quot;)</source>
        <translation>keine data:-URL (sie muss mit &quot;data:&quot; beginnen)</translation>
    </message>
    <message>
        <source>malformed data: URL: no comma before the data</source>
        <translation>fehlerhafte data:-URL: kein Komma vor den Daten</translation>
    </message>
    <message>
        <source>only base64-encoded data: URLs are supported</source>
        <translation>nur Base64-kodierte data:-URLs werden unterstützt</translation>
    </message>
    <message>
        <source>the data: URL holds &quot;%1&quot;, not an image</source>
        <translation>die data:-URL enthält &quot;%1&quot;, kein Bild</translation>
    </message>
    <message>
        <source>the data: URL holds over %1 MB; larger images are not accepted</source>
        <translation>die data:-URL enthält über %1 MB; größere Bilder werden nicht angenommen</translation>
    </message>
    <message>
        <source>malformed data: URL: the base64 data is invalid</source>
        <translation>fehlerhafte data:-URL: Die Base64-Daten sind ungültig</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>das Bild ist leer</translation>
    </message>
</context>
<context>
    <name>mdi::ImageStore</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: Datei nicht gefunden (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1: ist ein Ordner, keine Bilddatei</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; image files over %3 MB are not accepted</source>
        <translation>%1: Die Datei ist %2 MB groß; Bilddateien über %3 MB werden nicht angenommen</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: images in %2 format are not accepted (accepted: PNG, JPEG, GIF, WebP, BMP, TIFF)</source>
        <translation>%1: Bilder im Format %2 werden nicht angenommen (angenommen: PNG, JPEG, GIF, WebP, BMP, TIFF)</translation>
    </message>
    <message>
        <source>%1: the image format is not recognised</source>
        <translation>%1: Das Bildformat wird nicht erkannt</translation>
    </message>
    <message>
        <source>%1: cannot create the image folder %2</source>
        <translation>%1: Der Bildordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1: Das Bild ist leer</translation>
    </message>
    <message>
        <source>%1: cannot encode the image as PNG: %2</source>
        <translation>%1: Das Bild kann nicht als PNG kodiert werden: %2</translation>
    </message>
</context>
<context>
    <name>mdi::ImageThumbnail</name>
    <message>
        <source>Missing image</source>
        <translation>Fehlendes Bild</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>%1 (%2): click to open at full size</source>
        <translation>%1 (%2): Klicken, um in voller Größe zu öffnen</translation>
    </message>
    <message>
        <source>Image %1, %2</source>
        <translation>Bild %1, %2</translation>
    </message>
    <message>
        <source>Opens the image at full size</source>
        <translation>Öffnet das Bild in voller Größe</translation>
    </message>
</context>
<context>
    <name>mdi::ImageViewerDialog</name>
    <message>
        <source>%1 (%2 × %3 pixels)</source>
        <translation>%1 (%2 × %3 Pixel)</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>Das Bild kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Switch between actual size and fit to window</source>
        <translation>Zwischen Originalgröße und Anpassung an das Fenster umschalten</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>An &amp;Fenster anpassen</translation>
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
        <translation>Architektur</translation>
    </message>
    <message>
        <source>%1 (model_type %2)</source>
        <translation>%1 (model_type %2)</translation>
    </message>
    <message>
        <source>Text model</source>
        <translation>Textmodell</translation>
    </message>
    <message>
        <source>%1 layers, hidden %2, %3 attention heads / %4 key-value heads (head dim %5), MLP %6, vocabulary %7</source>
        <translation>%1 Schichten, Hidden %2, %3 Attention-Heads / %4 Key-Value-Heads (Head-Dim. %5), MLP %6, Vokabular %7</translation>
    </message>
    <message>
        <source>Vision tower</source>
        <translation>Vision-Tower</translation>
    </message>
    <message>
        <source>%1 blocks, embed %2, %3 heads (head dim %4), MLP %5, patch %6 (temporal %7), merge %8x%8 -&gt; %9</source>
        <translation>%1 Blöcke, Embedding %2, %3 Heads (Head-Dim. %4), MLP %5, Patch %6 (zeitlich %7), Merge %8x%8 -&gt; %9</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>Decoder</translation>
    </message>
    <message>
        <source>final norm</source>
        <translation>finale Norm</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>tied to the embedding (no lm_head.weight)</source>
        <translation>an das Embedding gebunden (kein lm_head.weight)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherung</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>Dtype</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>auf Platte</translation>
    </message>
    <message>
        <source>as bf16</source>
        <translation>als bf16</translation>
    </message>
    <message>
        <source>as f32</source>
        <translation>als f32</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>FAILED: not a usable Qwen2-VL checkpoint</source>
        <translation>FEHLGESCHLAGEN: kein verwendbarer Qwen2-VL-Checkpoint</translation>
    </message>
    <message>
        <source>Describes a Qwen2-VL checkpoint folder and checks that its weights match its configuration.</source>
        <translation>Beschreibt einen Qwen2-VL-Checkpoint-Ordner und prüft, ob seine Gewichte zu seiner Konfiguration passen.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Prints the report as JSON.</source>
        <translation>Gibt den Bericht als JSON aus.</translation>
    </message>
    <message>
        <source>The checkpoint folder: config.json, preprocessor_config.json and model.safetensors or shards with model.safetensors.index.json.</source>
        <translation>Der Checkpoint-Ordner: config.json, preprocessor_config.json und model.safetensors oder Shards mit model.safetensors.index.json.</translation>
    </message>
    <message>
        <source>%1: expects exactly one checkpoint folder; see --help</source>
        <translation>%1: erwartet genau einen Checkpoint-Ordner; siehe --help</translation>
    </message>
    <message>
        <source>%1: %2 is not a usable Qwen2-VL checkpoint</source>
        <translation>%1: %2 ist kein verwendbarer Qwen2-VL-Checkpoint</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 Bytes (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n Schicht</numerusform>
            <numerusform>%n Schichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n Datei</numerusform>
            <numerusform>%1 in %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes, %n tensor(s)</source>
        <translation>
            <numerusform>%1 Bytes, %n Tensor</numerusform>
            <numerusform>%1 Bytes, %n Tensoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK: %n tensor(s) match config.json</source>
        <translation>
            <numerusform>OK: %n Tensor passt zu config.json</numerusform>
            <numerusform>OK: %n Tensoren passen zu config.json</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::JsonSchema</name>
    <message>
        <source>%1: the schema must describe an object ({&quot;type&quot;: &quot;object&quot;, ...}), as OpenAI requires</source>
        <translation>%1: das Schema muss ein Objekt beschreiben ({&quot;type&quot;: &quot;object&quot;, ...}), wie OpenAI es verlangt</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not supported; the supported subset of JSON Schema is type (object, array, string, number, integer, boolean, null), properties, required, additionalProperties, items, enum, const, minimum, maximum, exclusiveMinimum and exclusiveMaximum</source>
        <translation>%1: &apos;%2&apos; wird nicht unterstützt; die unterstützte Teilmenge von JSON Schema ist type (object, array, string, number, integer, boolean, null), properties, required, additionalProperties, items, enum, const, minimum, maximum, exclusiveMinimum und exclusiveMaximum</translation>
    </message>
    <message>
        <source>%1: the schema has more than %2 parts</source>
        <translation>%1: das Schema hat mehr als %2 Teile</translation>
    </message>
    <message>
        <source>%1: type &apos;%2&apos; is not a JSON Schema type (object, array, string, number, integer, boolean, null)</source>
        <translation>%1: der Typ &apos;%2&apos; ist kein JSON-Schema-Typ (object, array, string, number, integer, boolean, null)</translation>
    </message>
    <message>
        <source>%1: &apos;type&apos; names no type</source>
        <translation>%1: &apos;type&apos; nennt keinen Typ</translation>
    </message>
    <message>
        <source>%1: &apos;type&apos; must be a string or a list of strings</source>
        <translation>%1: &apos;type&apos; muss ein String oder eine Liste von Strings sein</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a number</source>
        <translation>%1: &apos;%2&apos; muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1: no integer lies within &apos;minimum&apos; and &apos;maximum&apos;</source>
        <translation>%1: keine ganze Zahl liegt zwischen &apos;minimum&apos; und &apos;maximum&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;enum&apos; must be a list of values</source>
        <translation>%1: &apos;enum&apos; muss eine Liste von Werten sein</translation>
    </message>
    <message>
        <source>%1: enum and const values must be strings, numbers, booleans or null</source>
        <translation>%1: Werte von enum und const müssen Strings, Zahlen, Wahrheitswerte oder null sein</translation>
    </message>
    <message>
        <source>%1: no value of &apos;enum&apos;/&apos;const&apos; is allowed by the schema</source>
        <translation>%1: das Schema lässt keinen Wert von &apos;enum&apos;/&apos;const&apos; zu</translation>
    </message>
    <message>
        <source>%1: the schema has no &apos;type&apos; (every part of the schema needs a type, an enum or a const)</source>
        <translation>%1: das Schema hat keinen &apos;type&apos; (jeder Teil des Schemas braucht einen Typ, ein enum oder ein const)</translation>
    </message>
    <message>
        <source>%1: objects and arrays are nested more than %2 deep</source>
        <translation>%1: Objekte und Arrays sind tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>%1: &apos;properties&apos; must be an object</source>
        <translation>%1: &apos;properties&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: the object has %2 properties; at most %3 are supported</source>
        <translation>%1: das Objekt hat %2 Eigenschaften; höchstens %3 werden unterstützt</translation>
    </message>
    <message>
        <source>%1: &apos;additionalProperties&apos; must be a boolean or a schema</source>
        <translation>%1: &apos;additionalProperties&apos; muss ein Wahrheitswert oder ein Schema sein</translation>
    </message>
    <message>
        <source>%1.properties.%2 must be a schema (an object)</source>
        <translation>%1.properties.%2 muss ein Schema (ein Objekt) sein</translation>
    </message>
    <message>
        <source>%1: the property name &apos;%2...&apos; is longer than 255 bytes</source>
        <translation>%1: der Eigenschaftsname &apos;%2...&apos; ist länger als 255 Bytes</translation>
    </message>
    <message>
        <source>%1: &apos;required&apos; must be a list of property names</source>
        <translation>%1: &apos;required&apos; muss eine Liste von Eigenschaftsnamen sein</translation>
    </message>
    <message>
        <source>%1: &apos;required&apos; names &apos;%2&apos;, which is not in &apos;properties&apos;</source>
        <translation>%1: &apos;required&apos; nennt &apos;%2&apos;, das nicht in &apos;properties&apos; steht</translation>
    </message>
    <message>
        <source>%1: an array needs &apos;items&apos;, one schema for every item</source>
        <translation>%1: ein Array braucht &apos;items&apos;, ein Schema für jedes Element</translation>
    </message>
</context>
<context>
    <name>mdi::LoadProgress</name>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>layers %1–%2</source>
        <translation>Schichten %1–%2</translation>
    </message>
    <message>
        <source>Reading the model…</source>
        <translation>Das Modell wird gelesen…</translation>
    </message>
    <message>
        <source>Checking %1 for %2: %3 / %4 MB</source>
        <translation>Prüfung von %1 für %2: %3 / %4 MB</translation>
    </message>
    <message>
        <source>Asking %1 which weights of %2 it needs…</source>
        <translation>%1 wird gefragt, welche Gewichte von %2 benötigt werden…</translation>
    </message>
    <message>
        <source>Sending %1 to %2: %3 / %4 MB</source>
        <translation>Senden von %1 an %2: %3 / %4 MB</translation>
    </message>
    <message>
        <source>%1 already has the weights of %2</source>
        <translation>%1 hat die Gewichte von %2 bereits</translation>
    </message>
    <message>
        <source>%1 is loading %2…</source>
        <translation>%1 lädt %2…</translation>
    </message>
    <message>
        <source>Loading %1 on this computer (stage %2 of %3)…</source>
        <translation>Laden von %1 auf diesem Computer (Stufe %2 von %3)…</translation>
    </message>
</context>
<context>
    <name>mdi::LoadStageMessage</name>
    <message>
        <source>[%1, %2) is not a layer range</source>
        <translation>[%1, %2) ist kein Schichtbereich</translation>
    </message>
    <message>
        <source>must be between 1 and %1, not %2</source>
        <translation>muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>has a negative dimension</source>
        <translation>hat eine negative Dimension</translation>
    </message>
    <message>
        <source>is out of range: %1</source>
        <translation>liegt außerhalb des gültigen Bereichs: %1</translation>
    </message>
</context>
<context>
    <name>mdi::LoadStageReplyMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>liegt außerhalb des gültigen Bereichs: %1</translation>
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
        <translation>Modell</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Genutzter Kontext</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>&amp;Import Conversation…</source>
        <translation>Unterhaltung &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Attach Images…</source>
        <translation>Bilder &amp;anhängen…</translation>
    </message>
    <message>
        <source>Go to &amp;Message</source>
        <translation>Zur &amp;Nachricht wechseln</translation>
    </message>
    <message>
        <source>S&amp;top Generating</source>
        <translation>Generieren s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Regenerate Last Answer</source>
        <translation>Letzte Antwort neu &amp;generieren</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MDI Chat</source>
        <translation>&amp;Über MDI Chat</translation>
    </message>
    <message>
        <source>About MDI Chat</source>
        <translation>Über MDI Chat</translation>
    </message>
    <message>
        <source>&lt;b&gt;MDI Chat %1&lt;/b&gt;&lt;p&gt;Local multimodal chat with Qwen2-VL, distributed over the machines on your network.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MDI Chat %1&lt;/b&gt;&lt;p&gt;Lokaler multimodaler Chat mit Qwen2-VL, verteilt auf die Rechner in Ihrem Netzwerk.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Released under the %1 License.</source>
        <translation>Veröffentlicht unter der %1-Lizenz.</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>Context %1 / %2</source>
        <translation>Kontext %1 / %2</translation>
    </message>
    <message>
        <source>Tokens of the model&apos;s context this conversation uses</source>
        <translation>Token des Modellkontexts, die diese Unterhaltung belegt</translation>
    </message>
    <message>
        <source>The answer failed: %1</source>
        <translation>Die Antwort ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Layers %1 on this computer</source>
        <translation>Schichten %1 auf diesem Computer</translation>
    </message>
    <message>
        <source>Delete Conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with all its messages and images? This cannot be undone.</source>
        <translation>„%1“ mit allen Nachrichten und Bildern löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>MDI Chat conversation (*.json)</source>
        <translation>Unterhaltung von MDI Chat (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation>Unterhaltung importieren</translation>
    </message>
    <message>
        <source>MDI Chat conversation (*.json);;All files (*)</source>
        <translation>Unterhaltung von MDI Chat (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n Schicht</numerusform>
            <numerusform>%n Schichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Which host runs which decoder layers (View &gt; Peers)</source>
        <translation>Welcher Host welche Decoder-Schichten ausführt (Ansicht &gt; Peers)</translation>
    </message>
    <message numerus="yes">
        <source>Layers %1 in %n local stage(s)</source>
        <translation>
            <numerusform>Schichten %1 in %n lokaler Stufe</numerusform>
            <numerusform>Schichten %1 in %n lokalen Stufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>%1
%2 of weights, loaded in %3 s
%4</source>
        <translation>%1
%2 Gewichte, geladen in %3 s
%4</translation>
    </message>
    <message>
        <source>Your message and what followed it were deleted.</source>
        <translation>Ihre Nachricht und alles danach wurden gelöscht.</translation>
    </message>
    <message>
        <source>The answer was deleted, with anything that followed it.</source>
        <translation>Die Antwort wurde gelöscht, mit allem, was danach kam.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message numerus="yes">
        <source>Bring the deleted messages back (for %n second(s))</source>
        <translation>
            <numerusform>Gelöschte Nachrichten wiederherstellen (%n Sekunde lang)</numerusform>
            <numerusform>Gelöschte Nachrichten wiederherstellen (%n Sekunden lang)</numerusform>
        </translation>
    </message>
    <message>
        <source>Local API on port %1</source>
        <translation>Lokale API auf Port %1</translation>
    </message>
    <message>
        <source>OpenAI-compatible API at %1/v1 for programs on this computer</source>
        <translation>OpenAI-kompatible API unter %1/v1 für Programme auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>mdi::MakeRandomCommand</name>
    <message>
        <source>Writes a Qwen2-VL checkpoint folder with random weights of a real model&apos;s shapes, for benchmarks and tests. Values: Linear weights ~ N(0, 1/fan_in), embedding and biases ~ N(0, 0.02^2), norm weights ~ 1 + N(0, 0.1^2); the same seed gives the same bytes.</source>
        <translation>Schreibt einen Qwen2-VL-Checkpoint-Ordner mit Zufallsgewichten in den Formen eines echten Modells, für Benchmarks und Tests. Werte: Linear-Gewichte ~ N(0, 1/fan_in), Embedding und Biases ~ N(0, 0.02^2), Norm-Gewichte ~ 1 + N(0, 0.1^2); derselbe Seed ergibt dieselben Bytes.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>2b or 7b (the released Instruct models), tiny (the configuration of the --tokenizer-from checkpoint), or the path of a config.json.</source>
        <translation>2b oder 7b (die veröffentlichten Instruct-Modelle), tiny (die Konfiguration des Checkpoints aus --tokenizer-from) oder der Pfad einer config.json.</translation>
    </message>
    <message>
        <source>The folder to write (new or empty).</source>
        <translation>Der zu schreibende Ordner (neu oder leer).</translation>
    </message>
    <message>
        <source>Storage dtype: bf16 (default) or f32.</source>
        <translation>Speicher-Dtype: bf16 (Standard) oder f32.</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>Zufalls-Seed (Standard: 0).</translation>
    </message>
    <message>
        <source>A Qwen2-VL checkpoint or tokenizer folder whose tokenizer files are copied (tokenizer.json, tokenizer_config.json, vocab.json, merges.txt, chat_template.json). Required unless --shape names a config.json with tokenizer files beside it.</source>
        <translation>Ein Qwen2-VL-Checkpoint- oder Tokenizer-Ordner, dessen Tokenizer-Dateien kopiert werden (tokenizer.json, tokenizer_config.json, vocab.json, merges.txt, chat_template.json). Erforderlich, sofern --shape nicht eine config.json mit Tokenizer-Dateien daneben nennt.</translation>
    </message>
    <message>
        <source>Overrides the number of decoder layers (quick tests of a big shape).</source>
        <translation>Überschreibt die Anzahl der Decoder-Schichten (schnelle Tests einer großen Form).</translation>
    </message>
    <message>
        <source>Largest weight file, as transformers counts it: 2GB (default), 500MB, 1GiB or bytes. A checkpoint that fits in one is written as model.safetensors.</source>
        <translation>Größte Gewichtsdatei, gezählt wie bei transformers: 2GB (Standard), 500MB, 1GiB oder Bytes. Ein Checkpoint, der in eine Datei passt, wird als model.safetensors geschrieben.</translation>
    </message>
    <message>
        <source>Write into a folder that is not empty, replacing a checkpoint there.</source>
        <translation>In einen nicht leeren Ordner schreiben und einen dort vorhandenen Checkpoint ersetzen.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation>unerwartetes Argument &apos;%1&apos;; siehe --help</translation>
    </message>
    <message>
        <source>--shape and --out are required; see --help</source>
        <translation>--shape und --out sind erforderlich; siehe --help</translation>
    </message>
    <message>
        <source>--dtype must be bf16 or f32, not &apos;%1&apos;</source>
        <translation>--dtype muss bf16 oder f32 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer, not &apos;%1&apos;</source>
        <translation>--seed braucht eine nicht negative ganze Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-shard-size needs a size such as 2GB, 500MB or 1000000, not &apos;%1&apos;</source>
        <translation>--max-shard-size braucht eine Größe wie 2GB, 500MB oder 1000000, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--tokenizer-from %1: no tokenizer.json there</source>
        <translation>--tokenizer-from %1: dort gibt es keine tokenizer.json</translation>
    </message>
    <message>
        <source>--shape %1 needs --tokenizer-from DIR: a folder with the Qwen2-VL tokenizer files (tokenizer.json, tokenizer_config.json, ...), such as a downloaded Qwen2-VL checkpoint</source>
        <translation>--shape %1 braucht --tokenizer-from DIR: einen Ordner mit den Qwen2-VL-Tokenizer-Dateien (tokenizer.json, tokenizer_config.json, ...), etwa einen heruntergeladenen Qwen2-VL-Checkpoint</translation>
    </message>
    <message>
        <source>--shape tiny takes the configuration and tokenizer of the checkpoint given with --tokenizer-from DIR (the test fixture&apos;s qwen2vl-tiny/checkpoint)</source>
        <translation>--shape tiny übernimmt Konfiguration und Tokenizer des mit --tokenizer-from DIR angegebenen Checkpoints (qwen2vl-tiny/checkpoint aus den Test-Fixtures)</translation>
    </message>
    <message>
        <source>%1 has no tokenizer files beside it; give --tokenizer-from DIR (a folder with the Qwen2-VL tokenizer.json)</source>
        <translation>%1 hat keine Tokenizer-Dateien daneben; geben Sie --tokenizer-from DIR an (einen Ordner mit der Qwen2-VL-tokenizer.json)</translation>
    </message>
    <message>
        <source>--shape must be 2b, 7b, tiny or the path of a config.json, not &apos;%1&apos;</source>
        <translation>--shape muss 2b, 7b, tiny oder der Pfad einer config.json sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--layers needs a positive number, not &apos;%1&apos;</source>
        <translation>--layers braucht eine positive Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>writing %1 (%2 of %3 MB written)</source>
        <translation>%1 wird geschrieben (%2 von %3 MB geschrieben)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 tensors, %3 parameters, %4 bytes of %5 weights in %n file(s), seed %6, in %7 s (%8 MB/s)</source>
        <translation>
            <numerusform>%1 geschrieben: %2 Tensoren, %3 Parameter, %4 Bytes an %5-Gewichten in %n Datei, Seed %6, in %7 s (%8 MB/s)</numerusform>
            <numerusform>%1 geschrieben: %2 Tensoren, %3 Parameter, %4 Bytes an %5-Gewichten in %n Dateien, Seed %6, in %7 s (%8 MB/s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::MarkdownView</name>
    <message>
        <source>Answer text</source>
        <translation>Antworttext</translation>
    </message>
</context>
<context>
    <name>mdi::MessageWidget</name>
    <message>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Previous version of this question</source>
        <translation>Vorherige Version dieser Frage</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>Vorherige Antwort</translation>
    </message>
    <message>
        <source>Show the previous version of this question</source>
        <translation>Die vorherige Version dieser Frage anzeigen</translation>
    </message>
    <message>
        <source>Show the previous answer</source>
        <translation>Die vorherige Antwort anzeigen</translation>
    </message>
    <message>
        <source>Next version of this question</source>
        <translation>Nächste Version dieser Frage</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>Nächste Antwort</translation>
    </message>
    <message>
        <source>Show the next version of this question</source>
        <translation>Die nächste Version dieser Frage anzeigen</translation>
    </message>
    <message>
        <source>Show the next answer</source>
        <translation>Die nächste Antwort anzeigen</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Den Text kopieren</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>Ihre Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>Die Antwort kopieren</translation>
    </message>
    <message>
        <source>Edit and resend (the current version stays in the history)</source>
        <translation>Bearbeiten und erneut senden (die aktuelle Version bleibt im Verlauf)</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Write another answer (this one stays available)</source>
        <translation>Eine andere Antwort schreiben (diese bleibt verfügbar)</translation>
    </message>
    <message>
        <source>Regenerate the answer</source>
        <translation>Die Antwort neu generieren</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>Diese Nachricht und alles Folgende löschen</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>Die Nachricht löschen</translation>
    </message>
    <message>
        <source>Your message text</source>
        <translation>Text Ihrer Nachricht</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source> · %1 tokens/s</source>
        <translation> · %1 Token/s</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird generiert…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Stopped · %1</source>
        <translation>Gestoppt · %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Message state</source>
        <translation>Nachrichtenstatus</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <source>Edited message</source>
        <translation>Bearbeitete Nachricht</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the edited message</source>
        <translation>Die bearbeitete Nachricht senden</translation>
    </message>
    <message>
        <source>Send as a new version (Enter); the current one stays in the history</source>
        <translation>Als neue Version senden (Eingabetaste); die aktuelle bleibt im Verlauf</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue writing this answer where it stopped</source>
        <translation>Diese Antwort dort weiterschreiben, wo sie aufgehört hat</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>Antwort fortsetzen</translation>
    </message>
    <message>
        <source>Start a new conversation with the messages up to this one</source>
        <translation>Eine neue Unterhaltung mit den Nachrichten bis zu dieser beginnen</translation>
    </message>
    <message>
        <source>Fork the conversation here</source>
        <translation>Unterhaltung hier abzweigen</translation>
    </message>
</context>
<context>
    <name>mdi::ModelConfig</name>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <source>%1: field &apos;model_type&apos; is &apos;%2&apos;; MDI Chat runs Qwen2-VL (&apos;qwen2_vl&apos;) checkpoints</source>
        <translation>%1: Das Feld &apos;model_type&apos; ist &apos;%2&apos;; MDI Chat führt Qwen2-VL-Checkpoints (&apos;qwen2_vl&apos;) aus</translation>
    </message>
    <message>
        <source>%1: special token id %2 lies outside the vocabulary (%3)</source>
        <translation>%1: Die Spezial-Token-ID %2 liegt außerhalb des Vokabulars (%3)</translation>
    </message>
    <message>
        <source>%1: field &apos;vision_config&apos; is missing</source>
        <translation>%1: Das Feld &apos;vision_config&apos; fehlt</translation>
    </message>
    <message>
        <source>is missing (Qwen2-VL needs mrope_section)</source>
        <translation>fehlt (Qwen2-VL benötigt mrope_section)</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, expected &apos;mrope&apos;</source>
        <translation>ist &apos;%1&apos;, erwartet wurde &apos;mrope&apos;</translation>
    </message>
    <message>
        <source>must have three entries (t, h, w), has %1</source>
        <translation>muss drei Einträge haben (t, h, w), hat %1</translation>
    </message>
    <message>
        <source>entries must be positive</source>
        <translation>muss positive Einträge haben</translation>
    </message>
    <message>
        <source>must be positive, is %1</source>
        <translation>muss positiv sein, ist %1</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_attention_heads (%2)</source>
        <translation>(%1) ist nicht durch num_attention_heads (%2) teilbar</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_key_value_heads (%2)</source>
        <translation>(%1) ist nicht durch num_key_value_heads (%2) teilbar</translation>
    </message>
    <message>
        <source>sums to %1 but head_dim / 2 is %2 (head_dim = hidden_size / num_attention_heads = %3)</source>
        <translation>ergibt in Summe %1, aber head_dim / 2 ist %2 (head_dim = hidden_size / num_attention_heads = %3)</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; Qwen2-VL uses &apos;silu&apos;</source>
        <translation>ist &apos;%1&apos;; Qwen2-VL verwendet &apos;silu&apos;</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_heads (%2)</source>
        <translation>(%1) ist nicht durch num_heads (%2) teilbar</translation>
    </message>
    <message>
        <source>gives a head size of %1; the 2-D rotary needs a multiple of 4</source>
        <translation>ergibt eine Head-Größe von %1; die 2-D-Rotary-Kodierung braucht ein Vielfaches von 4</translation>
    </message>
    <message>
        <source>(%1, the merger output) differs from the text hidden_size (%2)</source>
        <translation>(%1, die Ausgabe des Mergers) weicht von der hidden_size des Textmodells (%2) ab</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; Qwen2-VL&apos;s vision tower uses &apos;quick_gelu&apos;</source>
        <translation>ist &apos;%1&apos;; der Vision-Tower von Qwen2-VL verwendet &apos;quick_gelu&apos;</translation>
    </message>
    <message>
        <source>must have 3 entries</source>
        <translation>muss 3 Einträge haben</translation>
    </message>
    <message>
        <source>must be at least min_pixels (%1), is %2</source>
        <translation>muss mindestens min_pixels (%1) sein, ist %2</translation>
    </message>
    <message>
        <source>(%1) differs from the vision config (%2)</source>
        <translation>(%1) weicht von der Vision-Konfiguration (%2) ab</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be in (0, 1]</source>
        <translation>muss in (0, 1] liegen</translation>
    </message>
    <message>
        <source>must be in [0, 1]</source>
        <translation>muss in [0, 1] liegen</translation>
    </message>
    <message>
        <source>must not be negative, is %1</source>
        <translation>darf nicht negativ sein, ist %1</translation>
    </message>
    <message>
        <source>must be at least %1, is %2</source>
        <translation>muss mindestens %1 sein, ist %2</translation>
    </message>
    <message>
        <source>is %1, more than the %2 this program accepts</source>
        <translation>ist %1, mehr als die %2, die dieses Programm annimmt</translation>
    </message>
    <message>
        <source>is %1, must be more than %2 and at most %3</source>
        <translation>ist %1, muss größer als %2 und höchstens %3 sein</translation>
    </message>
    <message>
        <source>has the entry %1, more than the %2 this program accepts</source>
        <translation>hat den Eintrag %1, mehr als die %2, die dieses Programm annimmt</translation>
    </message>
    <message>
        <source>(%1) makes an MLP wider than the %2 this program accepts</source>
        <translation>(%1) ergibt ein MLP, das breiter ist als die %2, die dieses Programm annimmt</translation>
    </message>
    <message>
        <source>entries must be finite numbers</source>
        <translation>Einträge müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>lists %1 ids, more than the %2 this program accepts</source>
        <translation>listet %1 IDs auf, mehr als die %2, die dieses Programm annimmt</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
</context>
<context>
    <name>mdi::ModelDownloader</name>
    <message>
        <source>Cannot download &quot;%1&quot; from &quot;%2&quot;: give a repository as organisation/name and an http(s) base URL</source>
        <translation>„%1“ kann nicht von „%2“ heruntergeladen werden: Geben Sie ein Repository als Organisation/Name und eine http(s)-Basis-URL an</translation>
    </message>
    <message>
        <source>%1: 401 Unauthorized. The repository needs a login: set HF_TOKEN to an access token.</source>
        <translation>%1: 401 Unauthorized. Das Repository erfordert eine Anmeldung: Setzen Sie HF_TOKEN auf ein Zugriffstoken.</translation>
    </message>
    <message>
        <source>%1: 403 Forbidden. Accept the model&apos;s licence on its hub page, or check that the access token (HF_TOKEN) may read it.</source>
        <translation>%1: 403 Forbidden. Akzeptieren Sie die Lizenz des Modells auf seiner Hub-Seite oder prüfen Sie, ob das Zugriffstoken (HF_TOKEN) es lesen darf.</translation>
    </message>
    <message>
        <source>%1: 404 Not Found. Check the repository name and revision.</source>
        <translation>%1: 404 Not Found. Prüfen Sie den Namen und die Revision des Repositorys.</translation>
    </message>
    <message>
        <source>%1: 416 Range Not Satisfiable.</source>
        <translation>%1: 416 Range Not Satisfiable.</translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3</source>
        <translation>%1: Der Server antwortete %2 %3</translation>
    </message>
    <message>
        <source>%1: timed out: no data for %2 s. Run the download again to resume it.</source>
        <translation>%1: Zeitüberschreitung: %2 s lang keine Daten. Starten Sie den Download erneut, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>%1: no network connection (%2)</source>
        <translation>%1: keine Netzwerkverbindung (%2)</translation>
    </message>
    <message>
        <source>%1: the TLS certificate could not be verified (%2)</source>
        <translation>%1: Das TLS-Zertifikat konnte nicht überprüft werden (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder (permissions?)</source>
        <translation>%1: Der Ordner kann nicht angelegt werden (Berechtigungen?)</translation>
    </message>
    <message>
        <source>Not enough disk space in %1: the download needs %2, %3 are free.</source>
        <translation>Nicht genug Speicherplatz in %1: Der Download braucht %2, frei sind %3.</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the partial download</source>
        <translation>%1: Der teilweise Download kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: cannot write (%2; is the disk full?)</source>
        <translation>%1: kann nicht geschrieben werden (%2; ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>%1: received %2 bytes, the hub lists %3</source>
        <translation>%1: %2 Bytes empfangen, der Hub gibt %3 an</translation>
    </message>
    <message>
        <source>%1: the file is corrupt: its %2 is %3, the hub publishes %4 (tried %5 times)</source>
        <translation>%1: Die Datei ist beschädigt: Der %2-Wert ist %3, der Hub veröffentlicht %4 (%5 Versuche)</translation>
    </message>
    <message>
        <source>%1: cannot move into place (%2)</source>
        <translation>%1: kann nicht an seinen Platz verschoben werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the link into blobs/</source>
        <translation>%1: Die Verknüpfung nach blobs/ kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>mdi::ModelManagerDialog</name>
    <message>
        <source>Cancel Download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Use This Model</source>
        <translation>Dieses Modell &amp;verwenden</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Models found</source>
        <translation>Gefundene Modelle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation>Dtype</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Download cancelled. Start it again to continue where it stopped.</source>
        <translation>Download abgebrochen. Starten Sie ihn erneut, um dort fortzufahren, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>&amp;Download %1 (%2)</source>
        <translation>%1 (%2) &amp;herunterladen</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Choose the model to chat with, add a folder that holds one, or download one.</source>
        <translation>Wählen Sie das Modell für den Chat, fügen Sie einen Ordner hinzu, der eines enthält, oder laden Sie eines herunter.</translation>
    </message>
    <message>
        <source>No Qwen2-VL model was found on this computer. MDI Chat needs one to answer: download %1 (%2) from %3, or choose a folder that holds a checkpoint (config.json and *.safetensors).</source>
        <translation>Auf diesem Computer wurde kein Qwen2-VL-Modell gefunden. MDI Chat braucht eines, um zu antworten: Laden Sie %1 (%2) von %3 herunter oder wählen Sie einen Ordner, der einen Checkpoint enthält (config.json und *.safetensors).</translation>
    </message>
    <message>
        <source>Choose the Model Folder</source>
        <translation>Modellordner auswählen</translation>
    </message>
    <message>
        <source>Asking %1 for the files of %2…</source>
        <translation>%1 wird nach den Dateien von %2 gefragt…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source> — %1 (file %2 of %3)</source>
        <translation> — %1 (Datei %2 von %3)</translation>
    </message>
    <message>
        <source>The download finished but the model cannot be used: %1</source>
        <translation>Der Download ist abgeschlossen, aber das Modell kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Downloaded to %1.</source>
        <translation>Heruntergeladen nach %1.</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Download fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>The model chat answers with (Settings &gt; Model folder)</source>
        <translation>Das Modell, mit dem der Chat antwortet (Einstellungen &gt; Modellordner)</translation>
    </message>
    <message>
        <source>Needs about %1 of memory; this computer has %2.</source>
        <translation>Braucht etwa %1 Arbeitsspeicher; dieser Computer hat %2.</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <source>Close other programs, or choose 8-bit or 4-bit precision in Settings.</source>
        <translation>Schließen Sie andere Programme oder wählen Sie in den Einstellungen 8-Bit- oder 4-Bit-Genauigkeit.</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>Choose 4-bit precision in Settings, or put some layers on peers.</source>
        <translation>Wählen Sie in den Einstellungen 4-Bit-Genauigkeit oder legen Sie einige Schichten auf Peers.</translation>
    </message>
</context>
<context>
    <name>mdi::ModelPrompt</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Find or Download a Model…</source>
        <translation>Modell suchen oder herunterladen…</translation>
    </message>
    <message>
        <source>Find or download a model</source>
        <translation>Ein Modell suchen oder herunterladen</translation>
    </message>
    <message>
        <source>Choose a model to start</source>
        <translation>Wählen Sie ein Modell, um zu beginnen</translation>
    </message>
    <message>
        <source>MDI Chat runs Qwen2-VL on this computer. Download Qwen2-VL-2B-Instruct (about 4.4 GB) with one click, or choose a folder that holds a model: config.json, the tokenizer files and the *.safetensors weights.</source>
        <translation>MDI Chat führt Qwen2-VL auf diesem Computer aus. Laden Sie Qwen2-VL-2B-Instruct (etwa 4,4 GB) mit einem Klick herunter oder wählen Sie einen Ordner, der ein Modell enthält: config.json, die Tokenizer-Dateien und die *.safetensors-Gewichte.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Das Modell wird geladen…</translation>
    </message>
    <message>
        <source>Reading %1. You can write your first message meanwhile.</source>
        <translation>%1 wird gelesen. Sie können inzwischen Ihre erste Nachricht schreiben.</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Das Modell konnte nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>mdi::ModelRegistry</name>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: Der Ordner existiert nicht</translation>
    </message>
</context>
<context>
    <name>mdi::ModelsCommand</name>
    <message>
        <source>Lists the Qwen2-VL checkpoints in the Hugging Face cache and in model folders.</source>
        <translation>Listet die Qwen2-VL-Checkpoints im Cache von Hugging Face und in Modellordnern auf.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also look at this checkpoint folder.</source>
        <translation>Auch in diesem Checkpoint-Ordner suchen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The hub cache to search (default: %1).</source>
        <translation>Der zu durchsuchende Hub-Cache (Standard: %1).</translation>
    </message>
    <message>
        <source>Hub cache: %1
</source>
        <translation>Hub-Cache: %1
</translation>
    </message>
    <message>
        <source>No Qwen2-VL checkpoint found. Download one with: mdi-run download Qwen/Qwen2-VL-2B-Instruct
</source>
        <translation>Kein Qwen2-VL-Checkpoint gefunden. Laden Sie einen herunter mit: mdi-run download Qwen/Qwen2-VL-2B-Instruct
</translation>
    </message>
    <message>
        <source>  folder:     %1
</source>
        <translation>  Ordner:     %1
</translation>
    </message>
    <message>
        <source>  size:       %1
</source>
        <translation>  Größe:      %1
</translation>
    </message>
    <message>
        <source>  parameters: %1
</source>
        <translation>  Parameter:  %1
</translation>
    </message>
    <message>
        <source>  dtype:      %1
</source>
        <translation>  Dtype:      %1
</translation>
    </message>
    <message>
        <source>  status:     ready
</source>
        <translation>  Status:     bereit
</translation>
    </message>
    <message>
        <source>  status:     broken: %1
</source>
        <translation>  Status:     defekt: %1
</translation>
    </message>
</context>
<context>
    <name>mdi::NodeIdentity</name>
    <message>
        <source>Cannot read the node identity file %1.</source>
        <translation>Die Knotenidentitätsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The node identity file %1 is damaged.</source>
        <translation>Die Knotenidentitätsdatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The node id &apos;%1&apos; in %2 is not valid; remove the file to make a new identity.</source>
        <translation>Die Knoten-ID &apos;%1&apos; in %2 ist ungültig; entfernen Sie die Datei, um eine neue Identität zu erzeugen.</translation>
    </message>
    <message>
        <source>The pairing code in %1 is damaged: %2</source>
        <translation>Der Kopplungscode in %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the node identity file %1.</source>
        <translation>Die Knotenidentitätsdatei %1 kann nicht geschrieben werden.</translation>
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
        <translation>%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 (%2) connected</source>
        <translation>%1 (%2) verbunden</translation>
    </message>
    <message>
        <source>%1 disconnected: %2</source>
        <translation>%1 getrennt: %2</translation>
    </message>
    <message>
        <source>%1 before Hello</source>
        <translation>%1 vor Hello</translation>
    </message>
    <message>
        <source>The coordinator speaks protocol version %1, this node %2.</source>
        <translation>Der Koordinator spricht Protokollversion %1, dieser Knoten %2.</translation>
    </message>
    <message>
        <source>A node does not take %1 messages.</source>
        <translation>Ein Knoten nimmt keine %1-Nachrichten an.</translation>
    </message>
    <message>
        <source>This connection already has a stage.</source>
        <translation>Diese Verbindung hat bereits eine Stufe.</translation>
    </message>
    <message>
        <source>The model&apos;s config.json does not parse: %1</source>
        <translation>Die config.json des Modells lässt sich nicht parsen: %1</translation>
    </message>
    <message>
        <source>Layers %1-%2 are not a range of this model&apos;s %3 layers.</source>
        <translation>Die Schichten %1-%2 sind kein Bereich der %3 Schichten dieses Modells.</translation>
    </message>
    <message>
        <source>Unknown compute dtype &apos;%1&apos;.</source>
        <translation>Unbekannter Rechen-Dtype &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 is not a tensor of these layers</source>
        <translation>%1 ist kein Tensor dieser Schichten</translation>
    </message>
    <message>
        <source>%1 has the wrong shape</source>
        <translation>%1 hat die falsche Form</translation>
    </message>
    <message>
        <source>%1 has the unsupported dtype %2</source>
        <translation>%1 hat den nicht unterstützten Dtype %2</translation>
    </message>
    <message>
        <source>%1 has no SHA-256</source>
        <translation>%1 hat keinen SHA-256</translation>
    </message>
    <message>
        <source>%1 has the wrong byte size</source>
        <translation>%1 hat die falsche Bytegröße</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1 of the %2 tensors of these layers are missing</source>
        <translation>%1 der %2 Tensoren dieser Schichten fehlen</translation>
    </message>
    <message>
        <source>The manifest of layers %1-%2 does not match the model: %3</source>
        <translation>Das Manifest der Schichten %1-%2 passt nicht zum Modell: %3</translation>
    </message>
    <message>
        <source>Layers %1-%2 need %3 MB in %4, more than the %5 MB this node offers.</source>
        <translation>Die Schichten %1-%2 brauchen %3 MB in %4, mehr als die %5 MB, die dieser Knoten anbietet.</translation>
    </message>
    <message>
        <source>Layers %1-%2 need %3 MB in %4; this node offers %5 MB, and its other stages hold %6 MB.</source>
        <translation>Die Schichten %1-%2 brauchen %3 MB in %4; dieser Knoten bietet %5 MB an, und seine anderen Stufen belegen %6 MB.</translation>
    </message>
    <message>
        <source>%1 asks for layers %2-%3 of %4 (%5 tensors, %6 bytes; %7 bytes cached)</source>
        <translation>%1 fordert die Schichten %2-%3 von %4 an (%5 Tensoren, %6 Bytes; %7 Bytes im Cache)</translation>
    </message>
    <message>
        <source>A weight chunk without a stage being loaded.</source>
        <translation>Ein Gewichtsblock, ohne dass eine Stufe geladen wird.</translation>
    </message>
    <message>
        <source>A weight chunk before the node said which tensors it holds.</source>
        <translation>Ein Gewichtsblock, bevor der Knoten mitgeteilt hat, welche Tensoren er enthält.</translation>
    </message>
    <message>
        <source>A weight chunk for tensor %1 of %2.</source>
        <translation>Ein Gewichtsblock für Tensor %1 von %2.</translation>
    </message>
    <message>
        <source>%1: tensor %2 did not match its SHA-256; discarded</source>
        <translation>%1: Tensor %2 passte nicht zu seinem SHA-256; verworfen</translation>
    </message>
    <message>
        <source>%1: serving layers %2-%3 (%4 bytes of weights, built in %5 ms)</source>
        <translation>%1: stellt die Schichten %2-%3 bereit (%4 Bytes an Gewichten, aufgebaut in %5 ms)</translation>
    </message>
    <message>
        <source>A Forward before the stage is ready.</source>
        <translation>Ein Forward, bevor die Stufe bereit ist.</translation>
    </message>
    <message>
        <source>A Forward without hidden states.</source>
        <translation>Ein Forward ohne Hidden States.</translation>
    </message>
    <message>
        <source>%1: layers %2-%3, %4</source>
        <translation>%1: Schichten %2-%3, %4</translation>
    </message>
    <message>
        <source>an unknown exception</source>
        <translation>eine unbekannte Ausnahme</translation>
    </message>
    <message>
        <source>The node failed: %1</source>
        <translation>Der Knoten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This computer has no compute device &apos;%1&apos; (it has: %2).</source>
        <translation>Dieser Computer hat kein Rechengerät &apos;%1&apos; (vorhanden: %2).</translation>
    </message>
    <message>
        <source>The node failed on a %1 message: %2</source>
        <translation>Der Knoten ist bei einer %1-Nachricht fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>This node cannot compute on the device &apos;%1&apos; (it has: %2).</source>
        <translation>Dieser Knoten kann nicht auf dem Gerät &apos;%1&apos; rechnen (vorhanden: %2).</translation>
    </message>
    <message>
        <source>A KV cache chunk of %1 positions; this node takes 1 to %2.</source>
        <translation>Ein KV-Cache-Block von %1 Positionen; dieser Knoten nimmt 1 bis %2 an.</translation>
    </message>
    <message>
        <source>Checking LoadStage failed: %1</source>
        <translation>Die Prüfung von LoadStage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>layers %1-%2 in %3 (asked for %4)</source>
        <translation>Schichten %1-%2 in %3 (angefordert: %4)</translation>
    </message>
    <message>
        <source>Checking the weight cache failed: %1</source>
        <translation>Die Prüfung des Gewichte-Caches ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The stage&apos;s result could not be sent: %1</source>
        <translation>Das Ergebnis der Stufe konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Session %1 was dropped from this node to make room (it keeps at most %2 sessions of one coordinator, and their KV caches within the %3 it offers); start it over from its first token.</source>
        <translation>Die Sitzung %1 wurde von diesem Knoten verworfen, um Platz zu schaffen (er hält höchstens %2 Sitzungen eines Koordinators und deren KV-Caches innerhalb der angebotenen %3); beginnen Sie sie ab ihrem ersten Token neu.</translation>
    </message>
    <message>
        <source>Session %1 was dropped from this node to make room (it keeps at most %2 sessions of one coordinator); start it over from its first token.</source>
        <translation>Die Sitzung %1 wurde von diesem Knoten verworfen, um Platz zu schaffen (er hält höchstens %2 Sitzungen eines Koordinators); beginnen Sie sie ab ihrem ersten Token neu.</translation>
    </message>
    <message>
        <source>more than %1 sessions of one coordinator</source>
        <translation>mehr als %1 Sitzungen eines Koordinators</translation>
    </message>
    <message>
        <source>KV caches beyond the %1 offered</source>
        <translation>KV-Caches über die angebotenen %1 hinaus</translation>
    </message>
    <message>
        <source>Session %1 needs %2 more KV cache for %3 tokens; this node offers %4 and holds %5.</source>
        <translation>Die Sitzung %1 braucht %2 mehr KV-Cache für %3 Token; dieser Knoten bietet %4 an und belegt %5.</translation>
    </message>
    <message>
        <source>%1: dropped session %2 (%3)</source>
        <translation>%1: Sitzung %2 verworfen (%3)</translation>
    </message>
    <message>
        <source>The stage gave no result for this step.</source>
        <translation>Die Stufe lieferte für diesen Schritt kein Ergebnis.</translation>
    </message>
    <message>
        <source>The stage gave no hidden states.</source>
        <translation>Die Stufe lieferte keine verborgenen Zustände.</translation>
    </message>
    <message>
        <source>A ForwardBatch before the stage is ready.</source>
        <translation>Ein ForwardBatch, bevor die Stufe bereit ist.</translation>
    </message>
</context>
<context>
    <name>mdi::NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Den Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>mdi::OllamaRequest</name>
    <message>
        <source>%1.content must be a string</source>
        <translation>%1.content muss ein String sein</translation>
    </message>
    <message>
        <source>%1.images must be a list of base64 strings</source>
        <translation>%1.images muss eine Liste von Base64-Strings sein</translation>
    </message>
    <message>
        <source>%1.images[%2] must be a base64 string</source>
        <translation>%1.images[%2] muss ein Base64-String sein</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>Der Anfragetext ist kein gültiges JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling) is not supported</source>
        <translation>&apos;tools&apos; (Funktionsaufrufe) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&apos;messages&apos; must be a list of messages</source>
        <translation>&apos;messages&apos; muss eine Liste von Nachrichten sein</translation>
    </message>
    <message>
        <source>%1: tool messages are not supported (no function calling)</source>
        <translation>%1: Tool-Nachrichten werden nicht unterstützt (keine Funktionsaufrufe)</translation>
    </message>
    <message>
        <source>&apos;raw&apos; prompts are not supported: the prompt goes through the model&apos;s chat template</source>
        <translation>&apos;raw&apos;-Prompts werden nicht unterstützt: der Prompt durchläuft die Chat-Vorlage des Modells</translation>
    </message>
    <message>
        <source>&apos;suffix&apos; (fill in the middle) is not supported</source>
        <translation>&apos;suffix&apos; (Ergänzen in der Mitte) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&apos;context&apos; is not supported: send the conversation to /api/chat</source>
        <translation>&apos;context&apos; wird nicht unterstützt: senden Sie die Unterhaltung an /api/chat</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; must be a string</source>
        <translation>&apos;prompt&apos; muss ein String sein</translation>
    </message>
    <message>
        <source>&apos;options&apos; must be an object</source>
        <translation>&apos;options&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>options.num_predict must be an integer</source>
        <translation>options.num_predict muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;json&quot; or a JSON schema</source>
        <translation>&apos;format&apos; muss &quot;json&quot; oder ein JSON-Schema sein</translation>
    </message>
</context>
<context>
    <name>mdi::PairedNodes</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; ist keine gültige Knoten-ID.</translation>
    </message>
    <message>
        <source>The key for node %1 has %2 bytes instead of %3.</source>
        <translation>Der Schlüssel für Knoten %1 hat %2 Bytes statt %3.</translation>
    </message>
</context>
<context>
    <name>mdi::PairingCheck</name>
    <message>
        <source>%1 accepted the pairing code but did not say who it is within %2 s.</source>
        <translation>%1 hat den Kopplungscode angenommen, aber innerhalb von %2 s nicht mitgeteilt, wer er ist.</translation>
    </message>
    <message>
        <source>%1 answered Hello with a bad message: %2</source>
        <translation>%1 hat auf Hello mit einer fehlerhaften Nachricht geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The pairing code is wrong: %1 refused the key made from it. Use the code that mdi-node shows there now (it changes when the node is given a new one).</source>
        <translation>Der Kopplungscode ist falsch: %1 hat den daraus erzeugten Schlüssel abgelehnt. Verwenden Sie den Code, den mdi-node dort jetzt anzeigt (er ändert sich, wenn der Knoten einen neuen erhält).</translation>
    </message>
    <message>
        <source>%1 named itself &apos;%2&apos; in the handshake but &apos;%3&apos; in its HelloAck.</source>
        <translation>%1 hat sich im Handshake &apos;%2&apos; genannt, in seinem HelloAck aber &apos;%3&apos;.</translation>
    </message>
</context>
<context>
    <name>mdi::PairingKey</name>
    <message>
        <source>&apos;%1&apos; is not a pairing code: it may only contain digits and the letters A-Z without U.</source>
        <translation>&apos;%1&apos; ist kein Kopplungscode: Er darf nur Ziffern und die Buchstaben A-Z ohne U enthalten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pairing code: a code has %2 characters, as in 7KQ4M-2XH9D.</source>
        <translation>&apos;%1&apos; ist kein Kopplungscode: Ein Code hat %2 Zeichen, wie in 7KQ4M-2XH9D.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; ist keine gültige Knoten-ID.</translation>
    </message>
</context>
<context>
    <name>mdi::PdfChip</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>of %1, reading…</source>
        <translation>von %1, wird gelesen…</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>pages %1 to %2 of %3</source>
        <translation>Seiten %1 bis %2 von %3</translation>
    </message>
    <message>
        <source>Attached PDF %1, %2</source>
        <translation>Angehängtes PDF %1, %2</translation>
    </message>
    <message>
        <source>%1
Each page goes to the model as an image: %2</source>
        <translation>%1
Jede Seite geht als Bild an das Modell: %2</translation>
    </message>
    <message>
        <source>Remove this PDF</source>
        <translation>Dieses PDF entfernen</translation>
    </message>
    <message>
        <source>Remove PDF %1</source>
        <translation>PDF %1 entfernen</translation>
    </message>
</context>
<context>
    <name>mdi::PdfPages</name>
    <message>
        <source>PDF support was not built in: this copy of MDI Chat was built without poppler-qt6. Attach the pages as images instead (a screenshot or an export from a PDF viewer).</source>
        <translation>PDF-Unterstützung ist nicht eingebaut: Diese Kopie von MDI Chat wurde ohne poppler-qt6 gebaut. Hängen Sie die Seiten stattdessen als Bilder an (ein Bildschirmfoto oder ein Export aus einem PDF-Betrachter).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; larger PDFs are not accepted</source>
        <translation>%1 ist größer als %2 MB; größere PDFs werden nicht angenommen</translation>
    </message>
    <message>
        <source>PDF from a data: URL</source>
        <translation>PDF aus einer data:-URL</translation>
    </message>
    <message>
        <source>%1: malformed data: URL (data:application/pdf;base64,...)</source>
        <translation>%1: fehlerhafte data:-URL (data:application/pdf;base64,...)</translation>
    </message>
    <message>
        <source>%1: only base64-encoded data: URLs are supported</source>
        <translation>%1: nur base64-kodierte data:-URLs werden unterstützt</translation>
    </message>
    <message>
        <source>%1: it holds over %2 MB; larger PDFs are not accepted</source>
        <translation>%1: sie enthält mehr als %2 MB; größere PDFs werden nicht angenommen</translation>
    </message>
    <message>
        <source>%1: malformed data: URL: the base64 data is invalid</source>
        <translation>%1: fehlerhafte data:-URL: die base64-Daten sind ungültig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF file</source>
        <translation>%1 ist keine PDF-Datei</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF: the file is damaged</source>
        <translation>%1 kann nicht als PDF gelesen werden: die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>%1 is protected by a password; save a copy without the password and attach that</source>
        <translation>%1 ist durch ein Passwort geschützt; speichern Sie eine Kopie ohne Passwort und hängen Sie diese an</translation>
    </message>
    <message>
        <source>%1 has no pages</source>
        <translation>%1 hat keine Seiten</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); there is no page %2</source>
        <translation>
            <numerusform>%1 hat %n Seite; es gibt keine Seite %2</numerusform>
            <numerusform>%1 hat %n Seiten; es gibt keine Seite %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: page %2 has no size and cannot be shown</source>
        <translation>%1: Seite %2 hat keine Größe und kann nicht gezeigt werden</translation>
    </message>
    <message>
        <source>%1: page %2 could not be drawn (the file may be damaged)</source>
        <translation>%1: Seite %2 konnte nicht gezeichnet werden (die Datei ist vielleicht beschädigt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); pages %2 to %3 cannot be taken</source>
        <translation>
            <numerusform>%1 hat %n Seite; die Seiten %2 bis %3 gibt es nicht</numerusform>
            <numerusform>%1 hat %n Seiten; die Seiten %2 bis %3 gibt es nicht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 pages are more than one message takes (at most %3); choose fewer pages</source>
        <translation>%1: %2 Seiten sind mehr, als eine Nachricht fasst (höchstens %3); wählen Sie weniger Seiten</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); with the pages before it that is more than %2, the most one request takes</source>
        <translation>
            <numerusform>%1 hat %n Seite; mit den Seiten davor sind das mehr als %2, das Höchste, was eine Anfrage fasst</numerusform>
            <numerusform>%1 hat %n Seiten; mit den Seiten davor sind das mehr als %2, das Höchste, was eine Anfrage fasst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PeerConnection</name>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>Keine Verbindung zu %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the node is not paired with this computer.</source>
        <translation>Keine Verbindung zu %1 möglich: Der Knoten ist nicht mit diesem Computer gekoppelt.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The node at %1 is &apos;%2&apos;, not the paired node &apos;%3&apos;.</source>
        <translation>Der Knoten unter %1 ist &apos;%2&apos;, nicht der gekoppelte Knoten &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Cannot pair with %1: %2</source>
        <translation>Kopplung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>The node at %1 (&apos;%2&apos;) is not paired with this computer.</source>
        <translation>Der Knoten unter %1 (&apos;%2&apos;) ist nicht mit diesem Computer gekoppelt.</translation>
    </message>
    <message>
        <source>%1 speaks protocol version %2 (this program speaks version %3) and refused the connection: %4</source>
        <translation>%1 spricht Protokollversion %2 (dieses Programm spricht Version %3) und hat die Verbindung abgelehnt: %4</translation>
    </message>
    <message>
        <source>%1 sent an invalid frame: %2</source>
        <translation>%1 hat einen ungültigen Frame gesendet: %2</translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: the pairing code is wrong or the node has a new one (%2).</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: Der Kopplungscode ist falsch oder der Knoten hat einen neuen (%2).</translation>
    </message>
    <message>
        <source>%1 refused the connection: is mdi-node running there?</source>
        <translation>%1 hat die Verbindung abgelehnt: Läuft dort mdi-node?</translation>
    </message>
    <message>
        <source>The host of %1 was not found.</source>
        <translation>Der Host von %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (wrong pairing code?).</source>
        <translation>%1 hat die Verbindung während des TLS-Handshakes geschlossen (falscher Kopplungscode?).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing arrived for %2 s.</source>
        <translation>%1 antwortet nicht mehr: %2 s lang kam nichts an.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>%1 closed the connection before checking the pairing code: the node is busy with other connections, or it pauses this computer after failed pairing attempts. Try again in a minute.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor der Kopplungscode geprüft wurde: Der Knoten ist mit anderen Verbindungen beschäftigt, oder er sperrt diesen Computer nach fehlgeschlagenen Kopplungsversuchen vorübergehend. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
</context>
<context>
    <name>mdi::PeerList</name>
    <message>
        <source>&apos;%1&apos; is not a host name or address with an optional port, such as 192.168.1.20:%2.</source>
        <translation>&apos;%1&apos; ist kein Hostname und keine Adresse mit optionalem Port, wie etwa 192.168.1.20:%2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid port.</source>
        <translation>&apos;%1&apos; hat keinen gültigen Port.</translation>
    </message>
</context>
<context>
    <name>mdi::PeerPlacement</name>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT with a port from 1 to 65535.</source>
        <translation>&apos;%1&apos; ist nicht HOST:PORT mit einem Port von 1 bis 65535.</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) need at least %n stage(s); the plan has %1.</source>
        <translation>
            <numerusform>%n Peer braucht mindestens %n Stufe; der Plan hat %1.</numerusform>
            <numerusform>%n Peers brauchen mindestens %n Stufen; der Plan hat %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PeerRoster</name>
    <message>
        <source>%1 was not added by hand, so it cannot be removed.</source>
        <translation>%1 wurde nicht von Hand hinzugefügt und kann daher nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Choose the peer to pair with in the list.</source>
        <translation>Wählen Sie in der Liste den Peer aus, mit dem gekoppelt werden soll.</translation>
    </message>
    <message>
        <source>Cannot pair with %1: it is not in the list of peers.</source>
        <translation>Kopplung mit %1 nicht möglich: Der Peer ist nicht in der Liste.</translation>
    </message>
    <message>
        <source>Not paired with %1: the code for another peer is still being checked.</source>
        <translation>Nicht mit %1 gekoppelt: Der Code für einen anderen Peer wird noch geprüft.</translation>
    </message>
    <message>
        <source>Not paired with %1: %2</source>
        <translation>Nicht mit %1 gekoppelt: %2</translation>
    </message>
    <message>
        <source>Paired with %1. Apply and reload to run layers there.</source>
        <translation>Mit %1 gekoppelt. Klicken Sie auf „Anwenden und neu laden“, um dort Schichten auszuführen.</translation>
    </message>
    <message>
        <source>%1 is not paired.</source>
        <translation>%1 ist nicht gekoppelt.</translation>
    </message>
    <message>
        <source>%1 (another protocol version)</source>
        <translation>%1 (andere Protokollversion)</translation>
    </message>
    <message>
        <source>A beacon placed %1 at %2, but no handshake with its key succeeded there, so it is still used at its old address: %3</source>
        <translation>Ein Beacon hat %1 unter %2 gemeldet, aber dort ist kein Handshake mit seinem Schlüssel gelungen, daher wird weiterhin die alte Adresse verwendet: %3</translation>
    </message>
    <message>
        <source>%1 moved to %2 (verified by a handshake with its key).</source>
        <translation>%1 ist nach %2 umgezogen (durch einen Handshake mit seinem Schlüssel bestätigt).</translation>
    </message>
</context>
<context>
    <name>mdi::PeerServer</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; ist keine gültige Knoten-ID.</translation>
    </message>
    <message>
        <source>The node has no pairing key.</source>
        <translation>Der Knoten hat keinen Kopplungsschlüssel.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>The node stopped serving.</source>
        <translation>Der Knoten hat seinen Dienst beendet.</translation>
    </message>
    <message>
        <source>too many handshakes in progress</source>
        <translation>zu viele laufende Handshakes</translation>
    </message>
    <message>
        <source>TLS handshake failed (a wrong pairing code, or not TLS): %1</source>
        <translation>TLS-Handshake fehlgeschlagen (falscher Kopplungscode oder kein TLS): %1</translation>
    </message>
    <message>
        <source>closed during the TLS handshake</source>
        <translation>während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation>kein TLS-Handshake innerhalb von %1 s</translation>
    </message>
    <message numerus="yes">
        <source>This node already serves %n connection(s).</source>
        <translation>
            <numerusform>Dieser Knoten bedient bereits %n Verbindung.</numerusform>
            <numerusform>Dieser Knoten bedient bereits %n Verbindungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed pairing attempt(s) in a row from this address; it is refused for another %1 s</source>
        <translation>
            <numerusform>%n fehlgeschlagener Kopplungsversuch in Folge von dieser Adresse; sie wird noch %1 s lang abgewiesen</numerusform>
            <numerusform>%n fehlgeschlagene Kopplungsversuche in Folge von dieser Adresse; sie wird noch %1 s lang abgewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>closed before sending anything</source>
        <translation>geschlossen, bevor etwas gesendet wurde</translation>
    </message>
    <message>
        <source>nothing received within %1 s</source>
        <translation>nichts innerhalb von %1 s empfangen</translation>
    </message>
    <message>
        <source>too many handshakes in progress from %1</source>
        <translation>zu viele laufende Handshakes von %1</translation>
    </message>
    <message>
        <source>sent nothing; its slot went to a newer connection</source>
        <translation>hat nichts gesendet; sein Platz ging an eine neuere Verbindung</translation>
    </message>
</context>
<context>
    <name>mdi::PeersPanel</name>
    <message>
        <source>Added %1. Enter the pairing code that mdi-node shows there to pair with it.</source>
        <translation>%1 hinzugefügt. Geben Sie den Kopplungscode ein, den mdi-node dort anzeigt, um ihn zu koppeln.</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Peers on the network</source>
        <translation>Peers im Netzwerk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Kopplung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>Freier Speicher</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Computers running mdi-node. Tick a paired peer to let it run layers of the model.</source>
        <translation>Computer, auf denen mdi-node läuft. Haken Sie einen gekoppelten Peer an, damit er Schichten des Modells ausführt.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Peer address (host:port)</source>
        <translation>Peer-Adresse (Host:Port)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a peer by its address, for networks where it is not found on its own</source>
        <translation>Einen Peer über seine Adresse hinzufügen, für Netzwerke, in denen er nicht von selbst gefunden wird</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the peer added by hand</source>
        <translation>Den von Hand hinzugefügten Peer entfernen</translation>
    </message>
    <message>
        <source>Pairing c&amp;ode:</source>
        <translation>Kopplungs&amp;code:</translation>
    </message>
    <message>
        <source>Pairing code of the selected peer</source>
        <translation>Kopplungscode des ausgewählten Peers</translation>
    </message>
    <message>
        <source>The code mdi-node prints when it starts. It is checked with the peer and not kept.</source>
        <translation>Der Code, den mdi-node beim Start ausgibt. Er wird mit dem Peer geprüft und nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Koppeln</translation>
    </message>
    <message>
        <source>Forget Pairin&amp;g</source>
        <translation>Kopplung ver&amp;gessen</translation>
    </message>
    <message>
        <source>Layer placement</source>
        <translation>Schichtverteilung</translation>
    </message>
    <message>
        <source>P&amp;lacement:</source>
        <translation>&amp;Verteilung:</translation>
    </message>
    <message>
        <source>Automatic (planner)</source>
        <translation>Automatisch (Planer)</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Nur dieser Computer</translation>
    </message>
    <message>
        <source>Automatic splits the layers between this computer and the peers in use by their speed and free memory.</source>
        <translation>„Automatisch“ verteilt die Schichten nach Geschwindigkeit und freiem Speicher auf diesen Computer und die verwendeten Peers.</translation>
    </message>
    <message>
        <source>Appl&amp;y and Reload</source>
        <translation>Anwenden und neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload the model with this placement and the peers in use</source>
        <translation>Das Modell mit dieser Verteilung und den verwendeten Peers neu laden</translation>
    </message>
    <message>
        <source>Looking for peers on the local network. Start mdi-node on another computer, or add one by its address.</source>
        <translation>Suche nach Peers im lokalen Netzwerk. Starten Sie mdi-node auf einem anderen Computer oder fügen Sie einen über seine Adresse hinzu.</translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation>Die Netzwerksuche ist deaktiviert: %1</translation>
    </message>
    <message>
        <source>Discovery is off. Add peers by their address.</source>
        <translation>Die Netzwerksuche ist deaktiviert. Fügen Sie Peers über ihre Adresse hinzu.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Checking the code with %1…</source>
        <translation>Der Code wird mit %1 geprüft…</translation>
    </message>
    <message>
        <source>Forgot the pairing with %1. Its code is needed to pair again.</source>
        <translation>Die Kopplung mit %1 wurde vergessen. Für eine erneute Kopplung wird sein Code benötigt.</translation>
    </message>
    <message>
        <source>%1 will run layers after Apply and Reload.</source>
        <translation>%1 führt nach „Anwenden und neu laden“ Schichten aus.</translation>
    </message>
    <message>
        <source>%1 will not be used after Apply and Reload.</source>
        <translation>%1 wird nach „Anwenden und neu laden“ nicht verwendet.</translation>
    </message>
    <message>
        <source>%1
node id %2</source>
        <translation>%1
Knoten-ID %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not on the network</source>
        <translation>nicht im Netzwerk</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>von Hand hinzugefügt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Gekoppelt</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Nicht gekoppelt</translation>
    </message>
    <message>
        <source>Incompatible (protocol %1)</source>
        <translation>Inkompatibel (Protokoll %1)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Tick the name to run layers of the model on %1.</source>
        <translation>Haken Sie den Namen an, um Schichten des Modells auf %1 auszuführen.</translation>
    </message>
    <message>
        <source>Select it and enter the pairing code that mdi-node shows there.</source>
        <translation>Wählen Sie ihn aus und geben Sie den Kopplungscode ein, den mdi-node dort anzeigt.</translation>
    </message>
    <message>
        <source>Paired with %1. Apply and reload to run layers there.</source>
        <translation>Mit %1 gekoppelt. Klicken Sie auf „Anwenden und neu laden“, um dort Schichten auszuführen.</translation>
    </message>
    <message>
        <source>Last reported: %1</source>
        <translation>Zuletzt gemeldet: %1</translation>
    </message>
    <message>
        <source>Paired, away</source>
        <translation>Gekoppelt, nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>mdi::Pipeline</name>
    <message>
        <source>The plan places layers %1-%2 on &apos;%3&apos;, which is neither this computer nor a known peer.</source>
        <translation>Der Plan legt die Schichten %1-%2 auf &apos;%3&apos;, der weder dieser Computer noch ein bekannter Peer ist.</translation>
    </message>
    <message>
        <source>Loading the model failed: %1</source>
        <translation>Das Laden des Modells ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3), and loading them here failed: %4</source>
        <translation>Die Verbindung zum Peer mit den Schichten %1-%2 ist verloren gegangen (%3), und das Laden dieser Schichten hier ist fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>Other peers could not take them: %1</source>
        <translation>Andere Peers konnten sie nicht übernehmen: %1</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3); they now run on %4 and the answers in progress continue.</source>
        <translation>Die Verbindung zum Peer mit den Schichten %1-%2 ist verloren gegangen (%3); sie laufen jetzt auf %4, und die laufenden Antworten werden fortgesetzt.</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3); they now run on this computer and the answers in progress continue.</source>
        <translation>Die Verbindung zum Peer mit den Schichten %1-%2 ist verloren gegangen (%3); sie laufen jetzt auf diesem Computer, und die laufenden Antworten werden fortgesetzt.</translation>
    </message>
    <message>
        <source>The model was unloaded before the answer finished.</source>
        <translation>Das Modell wurde entladen, bevor die Antwort fertig war.</translation>
    </message>
    <message>
        <source>The conversation was closed before the answer finished.</source>
        <translation>Die Unterhaltung wurde geschlossen, bevor die Antwort fertig war.</translation>
    </message>
    <message>
        <source>This conversation is still answering; stop it first.</source>
        <translation>In dieser Unterhaltung wird noch geantwortet; stoppen Sie die Antwort zuerst.</translation>
    </message>
</context>
<context>
    <name>mdi::PlacementAssembly</name>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>The layers cannot be placed: %1</source>
        <translation>Die Schichten können nicht verteilt werden: %1</translation>
    </message>
</context>
<context>
    <name>mdi::Plan</name>
    <message>
        <source>The layer plan is empty: write ranges such as 0-%1,%1-%2 (first layer, then the layer after the last).</source>
        <translation>Der Schichtplan ist leer: Schreiben Sie Bereiche wie 0-%1,%1-%2 (erste Schicht, dann die Schicht nach der letzten).</translation>
    </message>
    <message>
        <source>The layer plan &apos;%2&apos; is not a range such as 0-%1 (first layer, then the layer after the last), nor a list of them such as 0-%3,%3-%1.</source>
        <translation>Der Schichtplan &apos;%2&apos; ist weder ein Bereich wie 0-%1 (erste Schicht, dann die Schicht nach der letzten) noch eine Liste davon wie 0-%3,%3-%1.</translation>
    </message>
    <message>
        <source>&apos;%2&apos; in the layer plan &apos;%3&apos; is not a range such as 0-%1 (first layer, then the layer after the last).</source>
        <translation>&apos;%2&apos; im Schichtplan &apos;%3&apos; ist kein Bereich wie 0-%1 (erste Schicht, dann die Schicht nach der letzten).</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan is out of range: the model has %2 decoder layers (0-%2).</source>
        <translation>Der Bereich %1 im Schichtplan liegt außerhalb des gültigen Bereichs: Das Modell hat %2 Decoder-Schichten (0-%2).</translation>
    </message>
    <message>
        <source>The model has no decoder layers to place.</source>
        <translation>Das Modell hat keine Decoder-Schichten, die verteilt werden könnten.</translation>
    </message>
    <message>
        <source>The layer plan has no stages: the model&apos;s %1 decoder layers must be placed.</source>
        <translation>Der Schichtplan hat keine Stufen: Die %1 Decoder-Schichten des Modells müssen verteilt werden.</translation>
    </message>
    <message>
        <source>The ranges of the layer plan are out of order: %1 comes after %2; list them in ring order, each starting where the previous one ends.</source>
        <translation>Die Bereiche des Schichtplans sind nicht in der richtigen Reihenfolge: %1 folgt auf %2; führen Sie sie in Ringreihenfolge auf, jeder beginnend dort, wo der vorherige endet.</translation>
    </message>
    <message>
        <source>Stage %1 (layers %2) of the layer plan has no host.</source>
        <translation>Stufe %1 (Schichten %2) des Schichtplans hat keinen Host.</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan ends before it starts: write the first layer, then the layer after the last (%2).</source>
        <translation>Der Bereich %1 im Schichtplan endet, bevor er beginnt: Schreiben Sie die erste Schicht, dann die Schicht nach der letzten (%2).</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan holds no layers: the second number is the layer after the last (%2 for layer %3 alone).</source>
        <translation>Der Bereich %1 im Schichtplan enthält keine Schichten: Die zweite Zahl ist die Schicht nach der letzten (%2 für Schicht %3 allein).</translation>
    </message>
    <message>
        <source>%1 in no stage: the first range must start at 0.</source>
        <translation>%1 in keiner Stufe: Der erste Bereich muss bei 0 beginnen.</translation>
    </message>
    <message>
        <source>%1 in no stage: %2 is followed by %3; each range must start where the previous one ends.</source>
        <translation>%1 in keiner Stufe: Auf %2 folgt %3; jeder Bereich muss dort beginnen, wo der vorherige endet.</translation>
    </message>
    <message>
        <source>The ranges %1 and %2 of the layer plan overlap (%3 in both); each range must start where the previous one ends (%4).</source>
        <translation>Die Bereiche %1 und %2 des Schichtplans überlappen sich (%3 in beiden); jeder Bereich muss dort beginnen, wo der vorherige endet (%4).</translation>
    </message>
    <message>
        <source>%2 in no stage: the last range must end at %1, the number of decoder layers.</source>
        <translation>%2 in keiner Stufe: Der letzte Bereich muss bei %1 enden, der Anzahl der Decoder-Schichten.</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>layers %1</source>
        <translation>Schichten %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Layer %1 is</source>
        <translation>Schicht %1 liegt</translation>
    </message>
    <message>
        <source>Layers %1 to %2 are</source>
        <translation>Schichten %1 bis %2 liegen</translation>
    </message>
</context>
<context>
    <name>mdi::PlanView</name>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Plan: which layers run where</source>
        <translation>Plan: welche Schichten wo laufen</translation>
    </message>
    <message>
        <source>The decoder layers of each stage and where they run. This computer always runs the vision tower, the embedding and the head.</source>
        <translation>Die Decoder-Schichten jeder Stufe und wo sie laufen. Vision-Tower, Embedding und Head laufen immer auf diesem Computer.</translation>
    </message>
    <message>
        <source>Token rows the stage computes per second of work, since the model was loaded</source>
        <translation>Token-Zeilen, die die Stufe pro Sekunde Arbeit berechnet, seit das Modell geladen wurde</translation>
    </message>
    <message>
        <source>Weights and key/value caches the stage holds</source>
        <translation>Gewichte und Key/Value-Caches, die die Stufe belegt</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Layers %1</source>
        <translation>Schichten %1</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>Loading: the peers receive the weights of their layers (those they do not have cached yet)…</source>
        <translation>Laden: Die Peers erhalten die Gewichte ihrer Schichten (soweit sie sie noch nicht im Cache haben)…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Das Modell wird geladen…</translation>
    </message>
    <message>
        <source>Every layer runs on this computer.</source>
        <translation>Alle Schichten laufen auf diesem Computer.</translation>
    </message>
    <message>
        <source>Weights sent to peers while loading: %1</source>
        <translation>Beim Laden an Peers gesendete Gewichte: %1</translation>
    </message>
    <message>
        <source>No weights were sent while loading: the peers had them cached.</source>
        <translation>Beim Laden wurden keine Gewichte gesendet: Die Peers hatten sie im Cache.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
    <message>
        <source>Not used (not found on the network): %1</source>
        <translation>Nicht verwendet (nicht im Netzwerk gefunden): %1</translation>
    </message>
</context>
<context>
    <name>mdi::Planner</name>
    <message>
        <source>The model has no decoder layers to place.</source>
        <translation>Das Modell hat keine Decoder-Schichten, die verteilt werden könnten.</translation>
    </message>
    <message>
        <source>There is no computer to run the model on.</source>
        <translation>Es gibt keinen Computer, auf dem das Modell laufen kann.</translation>
    </message>
    <message>
        <source>Cannot plan for a context of %1 tokens and %2 sessions: both must be at least 1.</source>
        <translation>Für einen Kontext von %1 Token und %2 Sitzungen kann nicht geplant werden: Beide Werte müssen mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The host &apos;%1&apos; has no id.</source>
        <translation>Der Host &apos;%1&apos; hat keine ID.</translation>
    </message>
    <message>
        <source>Two hosts have the id &apos;%1&apos;.</source>
        <translation>Zwei Hosts haben die ID &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Only one host can hold the embedding and head, but %1 and %2 both claim to.</source>
        <translation>Nur ein Host kann Embedding und Head enthalten, aber %1 und %2 beanspruchen dies beide.</translation>
    </message>
    <message>
        <source>No speed is known for %1, but it must run the model&apos;s embedding and head.</source>
        <translation>Für %1 ist keine Geschwindigkeit bekannt, dort müssen aber Embedding und Head des Modells laufen.</translation>
    </message>
    <message>
        <source>The model&apos;s embedding, vision tower and head need %2 in %3 on %1, plus %4 kept free, but it has only %5 free.</source>
        <translation>Embedding, Vision-Tower und Head des Modells brauchen %2 in %3 auf %1, dazu %4 als Reserve, aber dort sind nur %5 frei.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2, no speed measured</source>
        <translation>%1 %2, keine Geschwindigkeit gemessen</translation>
    </message>
    <message>
        <source>The model needs %3 in %4: %5 for its %1 decoder layers (weights and the key/value cache for %2 tokens)</source>
        <translation>Das Modell braucht %3 in %4: %5 für seine %1 Decoder-Schichten (Gewichte und Key/Value-Cache für %2 Token)</translation>
    </message>
    <message>
        <source>, %1 on %2 for the embedding, vision tower and head</source>
        <translation>, %1 auf %2 für Embedding, Vision-Tower und Head</translation>
    </message>
    <message>
        <source>, and %1 kept free on each host. The hosts have %4 free (%5): room for only %2 of the %3 layers.</source>
        <translation>, dazu %1 als Reserve auf jedem Host. Die Hosts haben %4 frei (%5): Platz für nur %2 der %3 Schichten.</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;</source>
        <translation>Knoten &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>mdi::PortalScreenshot</name>
    <message>
        <source>The screen cannot be captured: there is no D-Bus session (the desktop portal answers there).</source>
        <translation>Der Bildschirm kann nicht aufgenommen werden: Es gibt keine D-Bus-Sitzung (dort antwortet das Desktop-Portal).</translation>
    </message>
    <message>
        <source>The desktop portal refused the screenshot: %1</source>
        <translation>Das Desktop-Portal hat das Bildschirmfoto abgelehnt: %1</translation>
    </message>
    <message>
        <source>Capturing the screen on Wayland needs the desktop portal, and this copy of MDI Chat was built without D-Bus support. Take a screenshot with your desktop&apos;s tool and paste it (Ctrl+V).</source>
        <translation>Bildschirmaufnahmen unter Wayland brauchen das Desktop-Portal, und diese Kopie von MDI Chat wurde ohne D-Bus-Unterstützung gebaut. Nehmen Sie ein Bildschirmfoto mit dem Werkzeug Ihres Desktops auf und fügen Sie es ein (Strg+V).</translation>
    </message>
    <message>
        <source>The desktop portal could not take the screenshot.</source>
        <translation>Das Desktop-Portal konnte das Bildschirmfoto nicht aufnehmen.</translation>
    </message>
    <message>
        <source>The screenshot the portal wrote (%1) cannot be read.</source>
        <translation>Das Bildschirmfoto, das das Portal geschrieben hat (%1), kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>mdi::PrecisionChoice</name>
    <message>
        <source>%1 as requested.</source>
        <translation>%1 wie angefordert.</translation>
    </message>
    <message>
        <source>%1: the checkpoint&apos;s own precision (best quality).</source>
        <translation>%1: die eigene Genauigkeit des Checkpoints (beste Qualität).</translation>
    </message>
    <message>
        <source>Automatic: bf16 on %1.</source>
        <translation>Automatisch: bf16 auf %1.</translation>
    </message>
    <message>
        <source>Automatic: 8-bit language model (decoding reads every weight once per token, so fewer bytes are faster), %1 vision tower (best quality); %2 kernels on this CPU.</source>
        <translation>Automatisch: Sprachmodell in 8-bit (das Dekodieren liest jedes Gewicht einmal pro Token, weniger Bytes sind also schneller), Vision-Tower in %1 (beste Qualität); %2-Kernel auf dieser CPU.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a precision; %2</source>
        <translation>&apos;%1&apos; ist keine Genauigkeit; %2</translation>
    </message>
</context>
<context>
    <name>mdi::PromptPlanner</name>
    <message numerus="yes">
        <source>The prompt needs %1 tokens (%2 of them for %n image(s)), but the model&apos;s context holds %3. Use fewer or smaller images (lower the maximum image size) or a shorter conversation.</source>
        <translation>
            <numerusform>Der Prompt braucht %1 Token (davon %2 für %n Bild), aber der Kontext des Modells fasst %3. Verwenden Sie weniger oder kleinere Bilder (verringern Sie die maximale Bildgröße) oder eine kürzere Unterhaltung.</numerusform>
            <numerusform>Der Prompt braucht %1 Token (davon %2 für %n Bilder), aber der Kontext des Modells fasst %3. Verwenden Sie weniger oder kleinere Bilder (verringern Sie die maximale Bildgröße) oder eine kürzere Unterhaltung.</numerusform>
        </translation>
    </message>
    <message>
        <source>The prompt contains a video token (&lt;|video_pad|&gt;); video input is not supported.</source>
        <translation>Der Prompt enthält ein Video-Token (&lt;|video_pad|&gt;); Videoeingaben werden nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>mdi::PskTls</name>
    <message>
        <source>TLS is not available (Qt&apos;s TLS backend &apos;%1&apos; did not load %2), so peers cannot be reached.</source>
        <translation>TLS ist nicht verfügbar (das TLS-Backend &apos;%1&apos; von Qt hat %2 nicht geladen), daher sind Peers nicht erreichbar.</translation>
    </message>
    <message>
        <source>The TLS backend &apos;%1&apos; does not support pre-shared keys, which peers use; Qt&apos;s OpenSSL backend does.</source>
        <translation>Das TLS-Backend &apos;%1&apos; unterstützt keine Pre-Shared Keys, die Peers verwenden; das OpenSSL-Backend von Qt unterstützt sie.</translation>
    </message>
    <message>
        <source>The TLS backend &apos;%1&apos; (%2) offers none of the TLS-PSK cipher suites peers use (%3).</source>
        <translation>Das TLS-Backend &apos;%1&apos; (%2) bietet keine der TLS-PSK-Cipher-Suites an, die Peers verwenden (%3).</translation>
    </message>
</context>
<context>
    <name>mdi::Qwen2VLModel</name>
    <message>
        <source>Nothing to process: the prompt has no tokens.</source>
        <translation>Nichts zu verarbeiten: Der Prompt hat keine Token.</translation>
    </message>
    <message>
        <source>Image %1 has %2 pixel values; its %3x%4 patch grid needs %5.</source>
        <translation>Bild %1 hat %2 Pixelwerte; sein Patch-Raster %3x%4 braucht %5.</translation>
    </message>
    <message>
        <source>Prefill failed: %1</source>
        <translation>Prefill fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Decoding failed: %1</source>
        <translation>Dekodierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot keep %1 tokens: the cache holds %2.</source>
        <translation>%1 Token können nicht behalten werden: Der Cache enthält %2.</translation>
    </message>
</context>
<context>
    <name>mdi::RandomCheckpointWriter</name>
    <message>
        <source>Random checkpoints are written in BF16 or F32, not %1.</source>
        <translation>Zufalls-Checkpoints werden in BF16 oder F32 geschrieben, nicht in %1.</translation>
    </message>
    <message>
        <source>The shard size must be positive.</source>
        <translation>Die Shard-Größe muss positiv sein.</translation>
    </message>
    <message>
        <source>%1 has no tokenizer.json to copy.</source>
        <translation>%1 hat keine tokenizer.json zum Kopieren.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new folder or allow overwriting.</source>
        <translation>%1 ist nicht leer; wählen Sie einen neuen Ordner oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <source>%1 needs %2 MB of free space; %3 MB are available.</source>
        <translation>%1 braucht %2 MB freien Speicherplatz; %3 MB sind verfügbar.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 kann nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>The written checkpoint does not validate: %1</source>
        <translation>Der geschriebene Checkpoint besteht die Prüfung nicht: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mdi::Reader</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; at most %3 are allowed</source>
        <translation>&quot;%1&quot; ist %2 Zeichen lang; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 entries; at most %3 are allowed</source>
        <translation>&quot;%1&quot; hat %2 Einträge; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 time such as 2024-05-01T12:00:00.000Z; got &quot;%2&quot;</source>
        <translation>&quot;%1&quot; muss eine ISO-8601-Zeit wie 2024-05-01T12:00:00.000Z sein; erhalten: &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>mdi::RegionSelector</name>
    <message>
        <source>Screen region selection</source>
        <translation>Auswahl eines Bildschirmbereichs</translation>
    </message>
    <message>
        <source>Drag over the part of the screen to attach; Esc cancels.</source>
        <translation>Ziehen Sie über den Teil des Bildschirms, der angehängt werden soll; Esc bricht ab.</translation>
    </message>
    <message>
        <source>Drag over the part of the screen to attach. Esc cancels.</source>
        <translation>Ziehen Sie über den Teil des Bildschirms, der angehängt werden soll. Esc bricht ab.</translation>
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
        <translation>%1 hat auf Hello mit einer fehlerhaften Nachricht geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: layers %2-%3</source>
        <translation>%1: Schichten %2-%3</translation>
    </message>
    <message>
        <source>%1 sent a bad answer to LoadStage.</source>
        <translation>%1 hat eine fehlerhafte Antwort auf LoadStage gesendet.</translation>
    </message>
    <message>
        <source>%1 sent a bad WeightAck: %2</source>
        <translation>%1 hat ein fehlerhaftes WeightAck gesendet: %2</translation>
    </message>
    <message>
        <source>%1 received tensor %2 damaged (SHA-256 mismatch).</source>
        <translation>%1 hat Tensor %2 beschädigt empfangen (SHA-256 stimmt nicht überein).</translation>
    </message>
    <message>
        <source>%1 sent a bad StageReady: %2</source>
        <translation>%1 hat ein fehlerhaftes StageReady gesendet: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an unreadable error</source>
        <translation>ein unlesbarer Fehler</translation>
    </message>
    <message>
        <source>%1 refused the stage: %2</source>
        <translation>%1 hat die Stufe abgelehnt: %2</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>Lost the peer %1: %2</source>
        <translation>Verbindung zum Peer %1 verloren: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The checkpoint has no tensor %1.</source>
        <translation>Der Checkpoint hat keinen Tensor %1.</translation>
    </message>
    <message>
        <source>Loading layers %1-%2 on %3 was cancelled.</source>
        <translation>Das Laden der Schichten %1-%2 auf %3 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>answer Hello</source>
        <translation>auf Hello geantwortet</translation>
    </message>
    <message>
        <source>answer LoadStage</source>
        <translation>auf LoadStage geantwortet</translation>
    </message>
    <message>
        <source>sent an unreadable Result (%1)</source>
        <translation>hat ein unlesbares Result gesendet (%1)</translation>
    </message>
    <message>
        <source>answered step %1 of session %2 with step %3 of session %4</source>
        <translation>hat auf Schritt %1 der Sitzung %2 mit Schritt %3 der Sitzung %4 geantwortet</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>hat %1 gesendet</translation>
    </message>
    <message>
        <source>sent hidden states that could not be read (%1)</source>
        <translation>hat Hidden States gesendet, die nicht gelesen werden konnten (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>take the weights</source>
        <translation>die Gewichte übernommen</translation>
    </message>
    <message>
        <source>send StageReady</source>
        <translation>StageReady gesendet</translation>
    </message>
    <message>
        <source>did not %1 in time (layers %2-%3)</source>
        <translation>hat nicht rechtzeitig %1 (Schichten %2-%3)</translation>
    </message>
    <message>
        <source>did not answer a Forward (%1 tokens) within %2 s</source>
        <translation>hat auf ein Forward (%1 Token) nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>did not answer a DropSession within %1 s</source>
        <translation>hat auf ein DropSession nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>answered a Forward with a ResultBatch</source>
        <translation>beantwortete einen Forward mit einem ResultBatch</translation>
    </message>
    <message>
        <source>sent an unreadable ResultBatch (%1)</source>
        <translation>sandte einen unlesbaren ResultBatch (%1)</translation>
    </message>
    <message>
        <source>answered a batch of %1 steps with %2</source>
        <translation>beantwortete einen Stapel von %1 Schritten mit %2</translation>
    </message>
    <message>
        <source>sent %1 rows for a step of session %2 that has %3</source>
        <translation>sandte %1 Zeilen für einen Schritt von Sitzung %2, der %3 hat</translation>
    </message>
</context>
<context>
    <name>mdi::ResourceLine</name>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
</context>
<context>
    <name>mdi::ResourceSummary</name>
    <message>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>all %1 parts on %2</source>
        <translation>alle %1 Teile auf %2</translation>
    </message>
    <message>
        <source>%1 of %2 parts on %3</source>
        <translation>%1 von %2 Teilen auf %3</translation>
    </message>
    <message>
        <source>%1, the rest here</source>
        <translation>%1, der Rest hier</translation>
    </message>
    <message>
        <source>%1 in memory</source>
        <translation>%1 im Speicher</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 Threads</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>MDI Chat uses %1 of this computer&apos;s memory.</source>
        <translation>MDI Chat belegt %1 des Arbeitsspeichers dieses Computers.</translation>
    </message>
    <message>
        <source>It computes with %1 threads.</source>
        <translation>Es rechnet mit %1 Threads.</translation>
    </message>
    <message>
        <source>The last answer came at %1 tokens a second.</source>
        <translation>Die letzte Antwort kam mit %1 Token pro Sekunde.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>Part %1 of %2 on %3: layers %4–%5, weights %6, conversation memory %7</source>
        <translation>Teil %1 von %2 auf %3: Schichten %4–%5, Gewichte %6, Gesprächsspeicher %7</translation>
    </message>
    <message>
        <source> (%1 free there)</source>
        <translation> (%1 frei dort)</translation>
    </message>
</context>
<context>
    <name>mdi::ResponsesRequest</name>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 muss ein String sein</translation>
    </message>
    <message>
        <source>%1: an input_image needs &quot;image_url&quot; with a data: URL (data:image/png;base64,...); uploaded files (file_id) are not supported</source>
        <translation>%1: ein input_image braucht &quot;image_url&quot; mit einer data:-URL (data:image/png;base64,...); hochgeladene Dateien (file_id) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: content of type &apos;%2&apos; is not supported (input_text, input_image, output_text)</source>
        <translation>%1: Inhalt vom Typ &apos;%2&apos; wird nicht unterstützt (input_text, input_image, output_text)</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>Der Anfragetext ist kein gültiges JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&apos;previous_response_id&apos; is not supported: this server keeps no responses; send the whole conversation in &apos;input&apos;</source>
        <translation>&apos;previous_response_id&apos; wird nicht unterstützt: dieser Server speichert keine Antworten; senden Sie die ganze Unterhaltung in &apos;input&apos;</translation>
    </message>
    <message>
        <source>&apos;conversation&apos; is not supported: this server keeps no conversations; send the whole conversation in &apos;input&apos;</source>
        <translation>&apos;conversation&apos; wird nicht unterstützt: dieser Server speichert keine Unterhaltungen; senden Sie die ganze Unterhaltung in &apos;input&apos;</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling, built-in tools) is not supported</source>
        <translation>&apos;tools&apos; (Funktionsaufrufe, eingebaute Werkzeuge) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&apos;background&apos; is not supported: answers are given while the request waits</source>
        <translation>&apos;background&apos; wird nicht unterstützt: Antworten kommen, während die Anfrage wartet</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; (stored prompt templates) is not supported</source>
        <translation>&apos;prompt&apos; (gespeicherte Prompt-Vorlagen) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&apos;instructions&apos; must be a string</source>
        <translation>&apos;instructions&apos; muss ein String sein</translation>
    </message>
    <message>
        <source>%1: items of type &apos;%2&apos; are not supported (only messages: this server has no tools or reasoning items)</source>
        <translation>%1: Einträge vom Typ &apos;%2&apos; werden nicht unterstützt (nur Nachrichten: dieser Server hat keine Werkzeuge oder Reasoning-Einträge)</translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of parts</source>
        <translation>%1.content muss ein String oder eine Liste von Teilen sein</translation>
    </message>
    <message>
        <source>&apos;input&apos; must be a string or a list of messages</source>
        <translation>&apos;input&apos; muss ein String oder eine Liste von Nachrichten sein</translation>
    </message>
    <message>
        <source>&apos;max_output_tokens&apos; must be an integer between 1 and %1</source>
        <translation>&apos;max_output_tokens&apos; muss eine ganze Zahl zwischen 1 und %1 sein</translation>
    </message>
</context>
<context>
    <name>mdi::ResultBatchMessage</name>
    <message>
        <source>a ResultBatch needs at least one entry</source>
        <translation>ein ResultBatch braucht mindestens einen Eintrag</translation>
    </message>
    <message>
        <source>%1 rows for an entry (%2)</source>
        <translation>%1 Zeilen für einen Eintrag (%2)</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>a failed entry has none</source>
        <translation>ein fehlgeschlagener Eintrag hat keine</translation>
    </message>
    <message>
        <source>the entries hold more than %1 rows</source>
        <translation>die Einträge enthalten mehr als %1 Zeilen</translation>
    </message>
</context>
<context>
    <name>mdi::ResultMessage</name>
    <message>
        <source>a failed Result carries no hidden states</source>
        <translation>ein fehlgeschlagenes Result enthält keine Hidden States</translation>
    </message>
    <message>
        <source>%1 rows of hidden states for %2 tokens</source>
        <translation>%1 Zeilen Hidden States für %2 Token</translation>
    </message>
    <message>
        <source>hidden states need at least one column</source>
        <translation>Hidden States brauchen mindestens eine Spalte</translation>
    </message>
</context>
<context>
    <name>mdi::RopeIndex</name>
    <message>
        <source>The prompt contains a video token at position %1; video input is not supported.</source>
        <translation>Der Prompt enthält an Position %1 ein Video-Token; Videoeingaben werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>Image %1 has an invalid patch grid %2x%3x%4 (rows and columns must be positive multiples of %5).</source>
        <translation>Bild %1 hat ein ungültiges Patch-Raster %2x%3x%4 (Zeilen und Spalten müssen positive Vielfache von %5 sein).</translation>
    </message>
    <message>
        <source>Image %1 needs %2 image tokens but the prompt has %3 at position %4.</source>
        <translation>Bild %1 braucht %2 Bild-Token, aber der Prompt hat %3 an Position %4.</translation>
    </message>
    <message numerus="yes">
        <source>The prompt has more image placeholders than the %n image(s) given.</source>
        <translation>
            <numerusform>Der Prompt hat mehr Bild-Platzhalter als das %n übergebene Bild.</numerusform>
            <numerusform>Der Prompt hat mehr Bild-Platzhalter als die %n übergebenen Bilder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were given but the prompt has placeholders for %1.</source>
        <translation>
            <numerusform>%n Bild wurde übergeben, aber der Prompt hat Platzhalter für %1.</numerusform>
            <numerusform>%n Bilder wurden übergeben, aber der Prompt hat Platzhalter für %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::SafetensorsFile</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1: Datei nicht gefunden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not a safetensors file: %2 bytes is shorter than the 8-byte header length</source>
        <translation>%1: keine SafeTensors-Datei: %2 Bytes sind kürzer als die 8 Byte lange Header-Längenangabe</translation>
    </message>
    <message>
        <source>%1: cannot map the file into memory: %2</source>
        <translation>%1: Die Datei kann nicht in den Speicher abgebildet werden: %2</translation>
    </message>
    <message>
        <source>%1: header length %2 exceeds the limit of %3 bytes (corrupt file?)</source>
        <translation>%1: Die Header-Länge %2 überschreitet die Grenze von %3 Bytes (beschädigte Datei?)</translation>
    </message>
    <message>
        <source>%1: header length %2 runs past the end of the file (%3 bytes; truncated?)</source>
        <translation>%1: Die Header-Länge %2 reicht über das Dateiende hinaus (%3 Bytes; abgeschnitten?)</translation>
    </message>
    <message>
        <source>%1: header is not valid JSON (offset %2: %3)</source>
        <translation>%1: Der Header ist kein gültiges JSON (Position %2: %3)</translation>
    </message>
    <message>
        <source>%1: header is not a JSON object</source>
        <translation>%1: Der Header ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; appears more than once in the header</source>
        <translation>%1: Tensor &apos;%2&apos; kommt mehrfach im Header vor</translation>
    </message>
    <message>
        <source>%1: __metadata__ is not an object</source>
        <translation>%1: __metadata__ ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: entry &apos;%2&apos; is not an object</source>
        <translation>%1: Eintrag &apos;%2&apos; ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has unknown dtype &apos;%3&apos;</source>
        <translation>%1: Tensor &apos;%2&apos; hat den unbekannten Dtype &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no shape list</source>
        <translation>%1: Tensor &apos;%2&apos; hat keine Formliste</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has an invalid dimension in its shape</source>
        <translation>%1: Tensor &apos;%2&apos; hat eine ungültige Dimension in seiner Form</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is larger than the file</source>
        <translation>%1: Tensor &apos;%2&apos; ist größer als die Datei</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; needs data_offsets [begin, end]</source>
        <translation>%1: Tensor &apos;%2&apos; braucht data_offsets [begin, end]</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has invalid data_offsets [%3, %4]</source>
        <translation>%1: Tensor &apos;%2&apos; hat ungültige data_offsets [%3, %4]</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; lies outside the data (ends at byte %3 of %4; truncated file?)</source>
        <translation>%1: Tensor &apos;%2&apos; liegt außerhalb der Daten (endet bei Byte %3 von %4; abgeschnittene Datei?)</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos;: shape x dtype size is %3 bytes but its byte range holds %4</source>
        <translation>%1: Tensor &apos;%2&apos;: Form x Dtype-Größe ergibt %3 Bytes, sein Bytebereich umfasst aber %4</translation>
    </message>
    <message>
        <source>%1: the byte ranges of tensors &apos;%2&apos; and &apos;%3&apos; overlap</source>
        <translation>%1: Die Bytebereiche der Tensoren &apos;%2&apos; und &apos;%3&apos; überlappen sich</translation>
    </message>
</context>
<context>
    <name>mdi::SafetensorsWriter</name>
    <message>
        <source>%1: tensor &apos;%2&apos; declared after writing began</source>
        <translation>%1: Tensor &apos;%2&apos; wurde nach Beginn des Schreibens deklariert</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid tensor name</source>
        <translation>%1: &apos;%2&apos; ist kein gültiger Tensorname</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; added twice</source>
        <translation>%1: Tensor &apos;%2&apos; wurde doppelt hinzugefügt</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has a negative dimension</source>
        <translation>%1: Tensor &apos;%2&apos; hat eine negative Dimension</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is too large</source>
        <translation>%1: Tensor &apos;%2&apos; ist zu groß</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; needs %3 bytes, %4 were given</source>
        <translation>%1: Tensor &apos;%2&apos; braucht %3 Bytes, %4 wurden übergeben</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: writing has already begun</source>
        <translation>%1: Das Schreiben hat bereits begonnen</translation>
    </message>
    <message>
        <source>%1: append() before begin()</source>
        <translation>%1: append() vor begin()</translation>
    </message>
    <message>
        <source>more tensor data than the header declares (%1 bytes)</source>
        <translation>mehr Tensordaten, als der Header deklariert (%1 Bytes)</translation>
    </message>
    <message>
        <source>%1: commit() before begin()</source>
        <translation>%1: commit() vor begin()</translation>
    </message>
    <message>
        <source>%1 of %2 bytes of tensor data were written</source>
        <translation>%1 von %2 Bytes Tensordaten wurden geschrieben</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no data</source>
        <translation>%1: Tensor &apos;%2&apos; hat keine Daten</translation>
    </message>
</context>
<context>
    <name>mdi::SamplingPreset</name>
    <message>
        <source>As in Settings</source>
        <translation>Wie in den Einstellungen</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Präzise</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Kreativ</translation>
    </message>
    <message>
        <source>The sampling chosen in Settings for every conversation.</source>
        <translation>Das in den Einstellungen für alle Unterhaltungen gewählte Sampling.</translation>
    </message>
    <message>
        <source>The model&apos;s own values: the most likely answer, the same each time (Regenerate still varies it).</source>
        <translation>Die eigenen Werte des Modells: die wahrscheinlichste Antwort, jedes Mal dieselbe (Neu generieren variiert sie trotzdem).</translation>
    </message>
    <message>
        <source>Some variety, still to the point: the values Qwen recommends for chat.</source>
        <translation>Etwas Abwechslung, trotzdem beim Thema: die Werte, die Qwen für Chats empfiehlt.</translation>
    </message>
    <message>
        <source>More varied and surprising wording; may wander off more often.</source>
        <translation>Abwechslungsreichere, überraschendere Formulierungen; schweift öfter ab.</translation>
    </message>
    <message>
        <source>sampling: the preset &apos;%1&apos; is unknown (precise, balanced or creative)</source>
        <translation>sampling: die Voreinstellung „%1“ ist unbekannt (precise, balanced oder creative)</translation>
    </message>
    <message>
        <source>greedy: always the most likely word</source>
        <translation>gierig: immer das wahrscheinlichste Wort</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>Temperatur %1</translation>
    </message>
    <message>
        <source>top-p %1</source>
        <translation>Top-p %1</translation>
    </message>
    <message>
        <source>top-p off</source>
        <translation>Top-p aus</translation>
    </message>
    <message>
        <source>top-k %1</source>
        <translation>Top-k %1</translation>
    </message>
    <message>
        <source>top-k off</source>
        <translation>Top-k aus</translation>
    </message>
    <message>
        <source>min-p %1</source>
        <translation>Min-p %1</translation>
    </message>
    <message>
        <source>%1: in effect always the most likely word</source>
        <translation>%1: praktisch immer das wahrscheinlichste Wort</translation>
    </message>
</context>
<context>
    <name>mdi::ScreenCapture</name>
    <message>
        <source>Capture Screen &amp;Region</source>
        <translation>Bildschirm&amp;bereich aufnehmen</translation>
    </message>
    <message>
        <source>Attach a picture of part of the screen (Ctrl+Shift+S)</source>
        <translation>Ein Bild eines Bildschirmteils anhängen (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>The screen cannot be captured: no screen was found.</source>
        <translation>Der Bildschirm kann nicht aufgenommen werden: Es wurde kein Bildschirm gefunden.</translation>
    </message>
    <message>
        <source>The screen could not be captured (the system did not hand out its picture). Take a screenshot with your desktop&apos;s tool and paste it (Ctrl+V).</source>
        <translation>Der Bildschirm konnte nicht aufgenommen werden (das System hat sein Bild nicht herausgegeben). Nehmen Sie ein Bildschirmfoto mit dem Werkzeug Ihres Desktops auf und fügen Sie es ein (Strg+V).</translation>
    </message>
</context>
<context>
    <name>mdi::ServeCommand</name>
    <message>
        <source>Address to listen on (default 127.0.0.1; 0.0.0.0 exposes the API to the network).</source>
        <translation>Adresse, auf der gelauscht wird (Standard: 127.0.0.1; 0.0.0.0 macht die API im Netzwerk zugänglich).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8080; 0 picks a free one).</source>
        <translation>Port, auf dem gelauscht wird (Standard: 8080; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer KEY&quot; on every request (default: the MDI_API_KEY environment variable).</source>
        <translation>Bei jeder Anfrage &quot;Authorization: Bearer KEY&quot; verlangen (Standard: die Umgebungsvariable MDI_API_KEY).</translation>
    </message>
    <message>
        <source>Largest request body in MiB (default 50).</source>
        <translation>Größter Anfragetext in MiB (Standard: 50).</translation>
    </message>
    <message>
        <source>--model DIR is required (see --help)</source>
        <translation>--model DIR ist erforderlich (siehe --help)</translation>
    </message>
    <message>
        <source>--host takes an IP address such as 127.0.0.1 or ::1, not &apos;%1&apos;</source>
        <translation>--host erwartet eine IP-Adresse wie 127.0.0.1 oder ::1, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-body-mb must be 1..4096 and --max-answers at least 1</source>
        <translation>--max-body-mb muss 1..4096 sein und --max-answers mindestens 1</translation>
    </message>
    <message>
        <source>warning: listening on %1 without an API key; anyone who can reach this machine can use the model%2</source>
        <translation>Warnung: Lauscht auf %1 ohne API-Schlüssel; jeder, der diesen Rechner erreichen kann, kann das Modell verwenden%2</translation>
    </message>
    <message>
        <source> and read image files on it</source>
        <translation> und Bilddateien darauf lesen</translation>
    </message>
    <message>
        <source>model %1 loaded (plan %2, %3)</source>
        <translation>Modell %1 geladen (Plan %2, %3)</translation>
    </message>
    <message>
        <source>Answers in progress at once; more requests wait (default 16).</source>
        <translation>Gleichzeitig laufende Antworten; weitere Anfragen warten (Standard 16).</translation>
    </message>
    <message>
        <source>Requests waiting for a free answer slot; more get 429 (default 64).</source>
        <translation>Anfragen, die auf einen freien Antwortplatz warten; weitere erhalten 429 (Standard 64).</translation>
    </message>
    <message>
        <source>Seconds a request waits for a slot before it gets 429 (default 60).</source>
        <translation>Sekunden, die eine Anfrage auf einen Platz wartet, bevor sie 429 erhält (Standard 60).</translation>
    </message>
    <message>
        <source>Read file:// image URLs from this computer&apos;s disk (off by default: only data: URLs are read).</source>
        <translation>file://-Bild-URLs von der Festplatte dieses Computers lesen (standardmäßig aus: nur data:-URLs werden gelesen).</translation>
    </message>
    <message>
        <source>Refuse file:// image URLs (the default; overrides --allow-file-urls).</source>
        <translation>file://-Bild-URLs ablehnen (Standard; hebt --allow-file-urls auf).</translation>
    </message>
    <message>
        <source>Another name requests may use for the model, listed by /v1/models (repeatable).</source>
        <translation>Ein weiterer Name, den Anfragen für das Modell verwenden können, aufgeführt von /v1/models (wiederholbar).</translation>
    </message>
    <message>
        <source>--max-queue must be at least 0 and --queue-timeout 1..3600</source>
        <translation>--max-queue muss mindestens 0 sein und --queue-timeout 1..3600</translation>
    </message>
    <message>
        <source>--model-alias needs a name</source>
        <translation>--model-alias braucht einen Namen</translation>
    </message>
    <message>
        <source>Serves the model over HTTP: OpenAI-compatible chat completions and responses with images, and Ollama&apos;s API (see docs/API.md).</source>
        <translation>Stellt das Modell über HTTP bereit: OpenAI-kompatible Chat-Completions und Responses mit Bildern sowie die API von Ollama (siehe docs/API.md).</translation>
    </message>
    <message>
        <source>Let web pages from ORIGIN (such as http://localhost:3000; * for any) call the API: CORS (repeatable; off by default).</source>
        <translation>Webseiten von ORIGIN (etwa http://localhost:3000; * für alle) die API aufrufen lassen: CORS (wiederholbar; standardmäßig aus).</translation>
    </message>
    <message>
        <source>Accept requests addressed to NAME (the Host header, such as host.docker.internal) besides localhost (repeatable).</source>
        <translation>Anfragen an NAME (der Host-Header, etwa host.docker.internal) neben localhost annehmen (wiederholbar).</translation>
    </message>
    <message>
        <source>--cors-origin: %1</source>
        <translation>--cors-origin: %1</translation>
    </message>
    <message>
        <source>--allow-host takes a host name such as host.docker.internal, not &apos;%1&apos;</source>
        <translation>--allow-host erwartet einen Hostnamen wie host.docker.internal, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>mdi::SettingsDialog</name>
    <message>
        <source>Model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
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
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <source>Maximum new tokens</source>
        <translation>Maximale neue Token</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source>Folder with config.json and *.safetensors</source>
        <translation>Ordner mit config.json und *.safetensors</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Modellordner auswählen</translation>
    </message>
    <message>
        <source>Compute precision</source>
        <translation>Rechengenauigkeit</translation>
    </message>
    <message>
        <source>Threads for the computation; Automatic uses the physical cores (%1 logical here).</source>
        <translation>Threads für die Berechnung; Automatisch verwendet die physischen Kerne (hier %1 logische).</translation>
    </message>
    <message>
        <source>Maximum image size in pixels</source>
        <translation>Maximale Bildgröße in Pixeln</translation>
    </message>
    <message>
        <source> pixels</source>
        <translation> Pixel</translation>
    </message>
    <message>
        <source>Larger images are scaled down to this many pixels before the model sees them. More pixels show more detail but take more time and context.</source>
        <translation>Größere Bilder werden auf diese Pixelzahl verkleinert, bevor das Modell sie sieht. Mehr Pixel zeigen mehr Details, kosten aber mehr Zeit und Kontext.</translation>
    </message>
    <message>
        <source>Model &amp;folder:</source>
        <translation>Modell&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Genauigkeit:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>Maximum &amp;image size:</source>
        <translation>Maximale &amp;Bildgröße:</translation>
    </message>
    <message>
        <source>Changes to the model, precision, threads or image size reload the model.</source>
        <translation>Änderungen an Modell, Genauigkeit, Threads oder Bildgröße laden das Modell neu.</translation>
    </message>
    <message>
        <source>Default system prompt</source>
        <translation>Standard-Systemprompt</translation>
    </message>
    <message>
        <source>Empty: the model&apos;s own default (&quot;You are a helpful assistant.&quot;)</source>
        <translation>Leer: der eigene Standard des Modells („You are a helpful assistant.“)</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>T&amp;emperatur:</translation>
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
        <translation>&amp;Wiederholungsstrafe:</translation>
    </message>
    <message>
        <source>Maximum &amp;new tokens:</source>
        <translation>Maximale &amp;neue Token:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;Systemprompt:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>Darste&amp;llung</translation>
    </message>
    <message>
        <source>Choose the Model Folder</source>
        <translation>Modellordner auswählen</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Serve the loaded model to programs on this computer</source>
        <translation>Das geladene Modell Programmen auf diesem Computer &amp;bereitstellen</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>Lokale API</translation>
    </message>
    <message>
        <source>Local API port</source>
        <translation>Port der lokalen API</translation>
    </message>
    <message>
        <source>Local API key</source>
        <translation>Schlüssel der lokalen API</translation>
    </message>
    <message>
        <source>None: every program on this computer may use it</source>
        <translation>Keiner: Jedes Programm auf diesem Computer darf sie verwenden</translation>
    </message>
    <message>
        <source>OpenAI-compatible chat completions with images at http://127.0.0.1:PORT/v1, for scripts and other tools. Only this computer can connect; with a key, requests must send &quot;Authorization: Bearer KEY&quot;.</source>
        <translation>OpenAI-kompatible Chat Completions mit Bildern unter http://127.0.0.1:PORT/v1, für Skripte und andere Werkzeuge. Nur dieser Computer kann sich verbinden; mit Schlüssel müssen Anfragen &quot;Authorization: Bearer KEY&quot; senden.</translation>
    </message>
    <message>
        <source>&amp;Local API</source>
        <translation>Lokale AP&amp;I</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Automatisch (empfohlen)</translation>
    </message>
    <message>
        <source>Best quality (bf16/f32)</source>
        <translation>Beste Qualität (bf16/f32)</translation>
    </message>
    <message>
        <source>Balanced (8-bit)</source>
        <translation>Ausgewogen (8-bit)</translation>
    </message>
    <message>
        <source>Smallest (4-bit)</source>
        <translation>Am kleinsten (4-bit)</translation>
    </message>
    <message>
        <source>Automatic picks the fastest weight format that keeps quality on this computer: 8-bit for the language model, the checkpoint&apos;s own precision for the vision tower.</source>
        <translation>„Automatisch“ wählt das schnellste Gewichtsformat, das auf diesem Computer die Qualität erhält: 8-bit für das Sprachmodell, die eigene Genauigkeit des Checkpoints für den Vision-Tower.</translation>
    </message>
    <message>
        <source>&quot;Model default&quot; takes the value from the model&apos;s generation_config.json. Setting temperature, top-k, top-p or min-p replaces the model&apos;s values of all four: those left at &quot;Model default&quot; are then 1 or off. The system prompt applies to new conversations.</source>
        <translation>„Modellstandard“ übernimmt den Wert aus generation_config.json des Modells. Wird Temperatur, top-k, top-p oder min-p gesetzt, ersetzt das die Modellwerte aller vier: Die auf „Modellstandard“ belassenen sind dann 1 bzw. aus. Der Systemprompt gilt für neue Unterhaltungen.</translation>
    </message>
    <message>
        <source>The model folder %1 does not exist.</source>
        <translation>Der Modellordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a model folder: %2</source>
        <translation>%1 ist kein Modellordner: %2</translation>
    </message>
    <message>
        <source>%1 is not a model folder: it holds no *.safetensors weights.</source>
        <translation>%1 ist kein Modellordner: er enthält keine *.safetensors-Gewichte.</translation>
    </message>
    <message>
        <source>%1 is not a model folder: it has no tokenizer.json.</source>
        <translation>%1 ist kein Modellordner: er hat keine tokenizer.json.</translation>
    </message>
</context>
<context>
    <name>mdi::Sha256Hasher</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 from byte %2.</source>
        <translation>%1 kann ab Byte %2 nicht gelesen werden.</translation>
    </message>
    <message>
        <source>it ends early</source>
        <translation>die Datei endet vorzeitig</translation>
    </message>
</context>
<context>
    <name>mdi::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Message field</source>
        <translation>Nachrichtenfeld</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Neue Zeile</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwort anhalten</translation>
    </message>
</context>
<context>
    <name>mdi::StageLinkBuilder</name>
    <message>
        <source>Layers %1-%2 are planned on the peer %3, but this program cannot reach peers.</source>
        <translation>Die Schichten %1-%2 sind für den Peer %3 geplant, aber dieses Programm kann keine Peers erreichen.</translation>
    </message>
    <message>
        <source>The model is being unloaded.</source>
        <translation>Das Modell wird gerade entladen.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
</context>
<context>
    <name>mdi::StageReadyMessage</name>
    <message>
        <source>[%1, %2) is not a layer range</source>
        <translation>[%1, %2) ist kein Schichtbereich</translation>
    </message>
    <message>
        <source>a byte count is negative</source>
        <translation>eine Byteanzahl ist negativ</translation>
    </message>
</context>
<context>
    <name>mdi::StatsMessage</name>
    <message>
        <source>a count is negative</source>
        <translation>eine Anzahl ist negativ</translation>
    </message>
</context>
<context>
    <name>mdi::TensorFactory</name>
    <message>
        <source>&apos;%1&apos; is not a compute device (use cpu, cuda, cuda:N or mps).</source>
        <translation>&apos;%1&apos; ist kein Rechengerät (verwenden Sie cpu, cuda, cuda:N oder mps).</translation>
    </message>
    <message>
        <source>Missing tensor.</source>
        <translation>Fehlender Tensor.</translation>
    </message>
    <message>
        <source>Tensor %1 has the unsupported dtype %2.</source>
        <translation>Tensor %1 hat den nicht unterstützten Dtype %2.</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be read: %2</source>
        <translation>Tensor %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be converted for %2 on %3: %4</source>
        <translation>Tensor %1 kann nicht für %2 auf %3 konvertiert werden: %4</translation>
    </message>
    <message>
        <source>The checkpoint has no tensor %1.</source>
        <translation>Der Checkpoint hat keinen Tensor %1.</translation>
    </message>
    <message>
        <source>Tensor %1 has shape %2; the configuration implies %3.</source>
        <translation>Tensor %1 hat die Form %2; laut Konfiguration wäre es %3.</translation>
    </message>
    <message>
        <source>The %1 weight format runs on the CPU only, not on &apos;%2&apos; (use bf16 or f32 there).</source>
        <translation>Das Gewichtsformat %1 läuft nur auf der CPU, nicht auf &apos;%2&apos; (verwenden Sie dort bf16 oder f32).</translation>
    </message>
    <message>
        <source>Tensor %1 has shape %2; a weight matrix has two or more dimensions.</source>
        <translation>Tensor %1 hat die Form %2; eine Gewichtsmatrix hat zwei oder mehr Dimensionen.</translation>
    </message>
    <message>
        <source>Tensor %1 has the dtype %2; a weight matrix must be F32, BF16 or F16.</source>
        <translation>Tensor %1 hat den Dtype %2; eine Gewichtsmatrix muss F32, BF16 oder F16 sein.</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be converted to %2: %3</source>
        <translation>Tensor %1 kann nicht in %2 umgewandelt werden: %3</translation>
    </message>
    <message>
        <source>The model load was cancelled.</source>
        <translation>Das Laden des Modells wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mdi::TextEmbedding</name>
    <message>
        <source>Token id %1 at position %2 is outside the vocabulary (%3 tokens).</source>
        <translation>Die Token-ID %1 an Position %2 liegt außerhalb des Vokabulars (%3 Token).</translation>
    </message>
    <message>
        <source>Embedding failed: %1</source>
        <translation>Embedding fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The prompt has %1 image tokens but the images give %2 embeddings.</source>
        <translation>Der Prompt hat %1 Bild-Token, aber die Bilder ergeben %2 Embeddings.</translation>
    </message>
</context>
<context>
    <name>mdi::TokenizerJsonLoader</name>
    <message>
        <source>has no &apos;model&apos; object</source>
        <translation>hat kein Objekt &apos;model&apos;</translation>
    </message>
    <message>
        <source>the pre-tokenizer has no ByteLevel step; only byte-level BPE tokenizers are supported</source>
        <translation>der Pre-Tokenizer hat keinen ByteLevel-Schritt; nur Byte-Level-BPE-Tokenizer werden unterstützt</translation>
    </message>
    <message>
        <source>model type &apos;%1&apos; is not supported (only BPE)</source>
        <translation>der Modelltyp &apos;%1&apos; wird nicht unterstützt (nur BPE)</translation>
    </message>
    <message>
        <source>BPE byte_fallback is not supported (only byte-level BPE)</source>
        <translation>BPE byte_fallback wird nicht unterstützt (nur Byte-Level-BPE)</translation>
    </message>
    <message>
        <source>BPE subword prefixes/suffixes are not supported (only byte-level BPE)</source>
        <translation>BPE-Subwort-Präfixe/-Suffixe werden nicht unterstützt (nur Byte-Level-BPE)</translation>
    </message>
    <message>
        <source>model.vocab is missing or not an object</source>
        <translation>model.vocab fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>model.vocab is empty</source>
        <translation>model.vocab ist leer</translation>
    </message>
    <message>
        <source>model.vocab entry &apos;%1&apos; has an invalid id</source>
        <translation>der Eintrag &apos;%1&apos; in model.vocab hat eine ungültige ID</translation>
    </message>
    <message>
        <source>model.vocab entry &apos;%1&apos; is not spelled in the byte-level alphabet</source>
        <translation>der Eintrag &apos;%1&apos; in model.vocab ist nicht im Byte-Level-Alphabet geschrieben</translation>
    </message>
    <message>
        <source>model.vocab id %1 is used twice</source>
        <translation>die ID %1 in model.vocab wird doppelt verwendet</translation>
    </message>
    <message>
        <source>model.merges is missing or not an array</source>
        <translation>model.merges fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>model.merges[%1] &apos;%2&apos; is not two tokens separated by one space</source>
        <translation>model.merges[%1] &apos;%2&apos; besteht nicht aus zwei durch ein Leerzeichen getrennten Token</translation>
    </message>
    <message>
        <source>model.merges[%1] is neither &quot;a b&quot; nor [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>model.merges[%1] ist weder &quot;a b&quot; noch [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>model.merges[%1] &apos;%2 %3&apos; uses a token that is not in the vocabulary</source>
        <translation>model.merges[%1] &apos;%2 %3&apos; verwendet ein Token, das nicht im Vokabular ist</translation>
    </message>
    <message>
        <source>model.merges[%1]: the merged token &apos;%2&apos; is not in the vocabulary</source>
        <translation>model.merges[%1]: Das zusammengeführte Token &apos;%2&apos; ist nicht im Vokabular</translation>
    </message>
    <message>
        <source>added_tokens is not an array</source>
        <translation>added_tokens ist kein Array</translation>
    </message>
    <message>
        <source>added_tokens[%1] has no valid id</source>
        <translation>added_tokens[%1] hat keine gültige ID</translation>
    </message>
    <message>
        <source>added_tokens[%1] has no content</source>
        <translation>added_tokens[%1] hat keinen Inhalt</translation>
    </message>
    <message>
        <source>normalizer &apos;%1&apos; is not supported (NFC, NFD, NFKC, NFKD or a Sequence of them)</source>
        <translation>der Normalizer &apos;%1&apos; wird nicht unterstützt (NFC, NFD, NFKC, NFKD oder eine Sequence davon)</translation>
    </message>
    <message>
        <source>%1: the pattern does not compile: %2</source>
        <translation>%1: Das Muster lässt sich nicht kompilieren: %2</translation>
    </message>
    <message>
        <source>ByteLevel pre-tokenizer</source>
        <translation>ByteLevel-Pre-Tokenizer</translation>
    </message>
    <message>
        <source>Split pre-tokenizer behavior &apos;%1&apos; is not supported (only Isolated)</source>
        <translation>das Verhalten &apos;%1&apos; des Split-Pre-Tokenizers wird nicht unterstützt (nur Isolated)</translation>
    </message>
    <message>
        <source>inverted Split pre-tokenizers are not supported</source>
        <translation>invertierte Split-Pre-Tokenizer werden nicht unterstützt</translation>
    </message>
    <message>
        <source>Split pre-tokenizer</source>
        <translation>Split-Pre-Tokenizer</translation>
    </message>
    <message>
        <source>Split pre-tokenizer has no Regex or String pattern</source>
        <translation>der Split-Pre-Tokenizer hat kein Regex- oder String-Muster</translation>
    </message>
    <message>
        <source>pre-tokenizer &apos;%1&apos; is not supported (Split, ByteLevel or a Sequence of them)</source>
        <translation>der Pre-Tokenizer &apos;%1&apos; wird nicht unterstützt (Split, ByteLevel oder eine Sequence davon)</translation>
    </message>
    <message>
        <source>decoder &apos;%1&apos; is not supported (only ByteLevel)</source>
        <translation>der Decoder &apos;%1&apos; wird nicht unterstützt (nur ByteLevel)</translation>
    </message>
</context>
<context>
    <name>mdi::VisionTower</name>
    <message>
        <source>Invalid image patch grid %1x%2x%3.</source>
        <translation>Ungültiges Bild-Patch-Raster %1x%2x%3.</translation>
    </message>
    <message>
        <source>No images were given to the vision tower.</source>
        <translation>Dem Vision-Tower wurden keine Bilder übergeben.</translation>
    </message>
    <message>
        <source>Pixel values must be [%1, %2] for the given image grids.</source>
        <translation>Pixelwerte müssen für die gegebenen Bildraster die Form [%1, %2] haben.</translation>
    </message>
    <message>
        <source>The vision tower failed: %1</source>
        <translation>Der Vision-Tower ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The image was not read to the end: the answer was stopped.</source>
        <translation>Das Bild wurde nicht zu Ende gelesen: Die Antwort wurde gestoppt.</translation>
    </message>
</context>
<context>
    <name>mdi::WeightAckMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>liegt außerhalb des gültigen Bereichs: %1</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>hat den unbekannten Wert %1</translation>
    </message>
</context>
<context>
    <name>mdi::WeightCache</name>
    <message>
        <source>Cannot create the weight cache folder %1.</source>
        <translation>Der Ordner des Gewichte-Caches %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Tensor %1 has the unknown dtype &apos;%2&apos;.</source>
        <translation>Tensor %1 hat den unbekannten Dtype &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Tensor %1: %2 bytes do not fit its shape and dtype.</source>
        <translation>Tensor %1: %2 Bytes passen nicht zu seiner Form und seinem Dtype.</translation>
    </message>
    <message>
        <source>Tensor %1: a chunk at byte %2, but %3 bytes are held.</source>
        <translation>Tensor %1: ein Block bei Byte %2, aber %3 Bytes sind vorhanden.</translation>
    </message>
    <message>
        <source>Tensor %1: a chunk runs past its %2 bytes.</source>
        <translation>Tensor %1: Ein Block reicht über seine %2 Bytes hinaus.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into the cache.</source>
        <translation>%1 kann nicht in den Cache verschoben werden.</translation>
    </message>
    <message>
        <source>The cached file of tensor %1 does not match it.</source>
        <translation>Die zwischengespeicherte Datei von Tensor %1 passt nicht zu ihm.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The cached file of tensor %1 changed after it was verified.</source>
        <translation>Die zwischengespeicherte Datei des Tensors %1 hat sich nach der Prüfung geändert.</translation>
    </message>
</context>
<context>
    <name>mdi::WeightChunkMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>liegt außerhalb des gültigen Bereichs: %1</translation>
    </message>
    <message>
        <source>says %1 bytes but %2 follow</source>
        <translation>gibt %1 Bytes an, aber %2 folgen</translation>
    </message>
</context>
<context>
    <name>mdi::WireReader</name>
    <message>
        <source>needs %1 bytes but only %2 are left</source>
        <translation>braucht %1 Bytes, aber nur %2 sind übrig</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>must be 0 or 1, not %1</source>
        <translation>muss 0 oder 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>is %1 bytes long; at most %2 are allowed</source>
        <translation>ist %1 Bytes lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>is not valid UTF-8</source>
        <translation>ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>counts %1 elements; at most %2 are allowed</source>
        <translation>zählt %1 Elemente; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>counts %1 elements but only %2 bytes are left</source>
        <translation>zählt %1 Elemente, aber nur %2 Bytes sind übrig</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; %2</source>
        <translation>Feld &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the last field</source>
        <translation>%1 unerwartete Bytes nach dem letzten Feld</translation>
    </message>
    <message>
        <source>malformed %1 message: %2</source>
        <translation>fehlerhafte %1-Nachricht: %2</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>ist keine gültige ID</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>ist negativ</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>hat den unbekannten Wert %1</translation>
    </message>
    <message>
        <source>must be between 0 and %1, not %2</source>
        <translation>muss zwischen 0 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>is %1 bytes; %2 x %3 %4 values take %5 bytes and %6 bytes are left</source>
        <translation>ist %1 Bytes groß; %2 x %3 %4-Werte belegen %5 Bytes und %6 Bytes sind übrig</translation>
    </message>
    <message>
        <source>%1 rows of hidden states where the entries add up to %2</source>
        <translation>%1 Zeilen verborgener Zustände, wo die Einträge %2 ergeben</translation>
    </message>
    <message>
        <source>must be between 1 and %1, not %2</source>
        <translation>muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
</context>
</TS>
