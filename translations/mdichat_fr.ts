<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1 : fichier introuvable (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>%1: file is too large (%2 bytes, limit %3)</source>
        <translation>%1 : le fichier est trop volumineux (%2 octets, limite %3)</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1 : JSON non valide à la position %2 : %3</translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object</source>
        <translation>%1 : le niveau supérieur n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; %3</source>
        <translation>%1 : le champ &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>doit être un entier</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be an integer or a list of integers</source>
        <translation>doit être un entier ou une liste d&apos;entiers</translation>
    </message>
    <message>
        <source>must hold only integers</source>
        <translation>ne doit contenir que des entiers</translation>
    </message>
    <message>
        <source>must be a list of numbers</source>
        <translation>doit être une liste de nombres</translation>
    </message>
    <message>
        <source>must hold only numbers</source>
        <translation>ne doit contenir que des nombres</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
</context>
<context>
    <name>LocalStageLink</name>
    <message>
        <source>The stage failed with an unknown exception.</source>
        <translation>L&apos;étage a échoué avec une exception inconnue.</translation>
    </message>
</context>
<context>
    <name>ProfileLock</name>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>processus %1 (%2) sur %3</translation>
    </message>
</context>
<context>
    <name>SamplingParams</name>
    <message>
        <source>Temperature must be a number of at least 0 (0 picks the most likely token); got %1.</source>
        <translation>La température doit être un nombre supérieur ou égal à 0 (0 choisit le token le plus probable) ; reçu : %1.</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number of tokens; got %1.</source>
        <translation>Top-k doit valoir 0 (désactivé) ou un nombre positif de tokens ; reçu : %1.</translation>
    </message>
    <message>
        <source>Top-p must be between 0 and 1 (1 turns it off); got %1.</source>
        <translation>Top-p doit être compris entre 0 et 1 (1 le désactive) ; reçu : %1.</translation>
    </message>
    <message>
        <source>Min-p must be between 0 (off) and 1; got %1.</source>
        <translation>Min-p doit être compris entre 0 (désactivé) et 1 ; reçu : %1.</translation>
    </message>
    <message>
        <source>Repetition penalty must be a positive number (1 turns it off); got %1.</source>
        <translation>La pénalité de répétition doit être un nombre positif (1 la désactive) ; reçu : %1.</translation>
    </message>
    <message>
        <source>The maximum number of new tokens must be at least 1; got %1.</source>
        <translation>Le nombre maximal de nouveaux tokens doit être au moins 1 ; reçu : %1.</translation>
    </message>
    <message>
        <source>Stop strings must not be empty.</source>
        <translation>Les chaînes d&apos;arrêt ne doivent pas être vides.</translation>
    </message>
    <message>
        <source>End-of-sequence token ids must not be negative; got %1.</source>
        <translation>Les identifiants de token de fin de séquence ne doivent pas être négatifs ; reçu : %1.</translation>
    </message>
    <message>
        <source>The number of top log-probabilities must be 0 to %1; got %2.</source>
        <translation>Le nombre de log-probabilités principales doit être compris entre 0 et %1 ; reçu : %2.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Cannot listen for other launches on the local socket %1: %2</source>
        <translation>Impossible d’écouter les autres lancements sur le socket local %1 : %2</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Layers %1-%2 hold %3 tokens of this conversation, but the next step starts at token %4.</source>
        <translation>Les couches %1-%2 contiennent %3 tokens de cette conversation, mais l&apos;étape suivante commence au token %4.</translation>
    </message>
    <message>
        <source>Layers %1-%2 received a malformed step: %3 hidden states of width %4 with %5 positions (expected width %6).</source>
        <translation>Les couches %1-%2 ont reçu une étape mal formée : %3 états cachés de largeur %4 avec %5 positions (largeur attendue : %6).</translation>
    </message>
    <message>
        <source>Layers %1-%2 received two steps of one conversation at once.</source>
        <translation>Les couches %1-%2 ont reçu simultanément deux étapes d&apos;une même conversation.</translation>
    </message>
    <message>
        <source>Decoder layers %1-%2 failed: %3</source>
        <translation>Les couches de décodeur %1-%2 ont échoué : %3</translation>
    </message>
</context>
<context>
    <name>WireTensor</name>
    <message>
        <source>Hidden states of %1 x %2 %3 values came with %4 bytes.</source>
        <translation>Des états cachés de %1 x %2 valeurs %3 sont arrivés avec %4 octets.</translation>
    </message>
    <message>
        <source>hidden states of the unknown dtype %1</source>
        <translation>états cachés du dtype inconnu %1</translation>
    </message>
    <message>
        <source>hidden states of %1 x %2 values, not %3 x %4</source>
        <translation>états cachés de %1 x %2 valeurs, et non %3 x %4</translation>
    </message>
    <message>
        <source>hidden states of %1 x %2 %3 values in %4 bytes</source>
        <translation>états cachés de %1 x %2 valeurs %3 dans %4 octets</translation>
    </message>
    <message>
        <source>hidden states with NaN or infinite values (%1 of %2)</source>
        <translation>états cachés contenant des valeurs NaN ou infinies (%1 sur %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MDI Chat peer: serves ranges of model layers to paired MDI Chat coordinators on the LAN.</source>
        <translation>Pair MDI Chat : fournit des plages de couches du modèle aux coordinateurs MDI Chat appairés sur le réseau local.</translation>
    </message>
    <message>
        <source>MDI Chat: local multimodal chat with Qwen2-VL, on this machine and its peers.</source>
        <translation>MDI Chat : chat multimodal local avec Qwen2-VL, sur cette machine et ses pairs.</translation>
    </message>
    <message>
        <source>Use the profile (history, images, settings) in &lt;dir&gt; instead of the default.</source>
        <translation>Utiliser le profil (historique, images, paramètres) situé dans &lt;dir&gt; au lieu du profil par défaut.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Render the window with a demo conversation to the PNG &lt;file&gt; and exit (needs no model).</source>
        <translation>Générer la fenêtre avec une conversation de démonstration dans le fichier PNG &lt;file&gt; puis quitter (aucun modèle requis).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Theme for --screenshot: light, dark or system.</source>
        <translation>Thème pour --screenshot : light, dark ou system.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WIDTHxHEIGHT.</source>
        <translation>Taille de la fenêtre pour --screenshot, au format LARGEURxHAUTEUR.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>With --screenshot: show the Peers panel with demo peers and a plan.</source>
        <translation>Avec --screenshot : afficher le panneau des pairs avec des pairs de démonstration et un plan.</translation>
    </message>
    <message>
        <source>--size must be at least 400x300, as WIDTHxHEIGHT.</source>
        <translation>--size doit valoir au moins 400x300, au format LARGEURxHAUTEUR.</translation>
    </message>
    <message>
        <source>MDI Chat is already running with this profile (%1).

Switch to the open window, or start with --data-dir to use another profile.</source>
        <translation>MDI Chat est déjà lancé avec ce profil (%1).

Passez à la fenêtre ouverte, ou lancez l&apos;application avec --data-dir pour utiliser un autre profil.</translation>
    </message>
    <message>
        <source>MDI Chat</source>
        <translation>MDI Chat</translation>
    </message>
    <message>
        <source>The history cannot be opened:
%1</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique :
%1</translation>
    </message>
    <message>
        <source>Name shown to coordinators.</source>
        <translation>Nom affiché aux coordinateurs.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TCP port (0: any free port).</source>
        <translation>Port TCP (0 : n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Memory offered, in bytes.</source>
        <translation>Mémoire proposée, en octets.</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>Folder of the weight cache.</source>
        <translation>Dossier du cache des poids.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Pairing code (default: generated once and remembered).</source>
        <translation>Code d&apos;appairage (par défaut : généré une fois puis mémorisé).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Intra-op threads per stage (0: all cores).</source>
        <translation>Threads intra-opération par étage (0 : tous les cœurs).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>cpu or cuda.</source>
        <translation>cpu ou cuda.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>A model folder whose tensors are used instead of a transfer when their SHA-256 matches.</source>
        <translation>Un dossier de modèle dont les tenseurs sont utilisés au lieu d&apos;un transfert lorsque leur SHA-256 correspond.</translation>
    </message>
    <message>
        <source>File of the node&apos;s id and pairing code.</source>
        <translation>Fichier contenant l&apos;identifiant et le code d&apos;appairage du nœud.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Address to listen on (default: all).</source>
        <translation>Adresse d&apos;écoute (par défaut : toutes).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Do not announce on the LAN.</source>
        <translation>Ne pas s&apos;annoncer sur le réseau local.</translation>
    </message>
    <message>
        <source>Also announce on 127.0.0.1 (tests, one offline computer).</source>
        <translation>S&apos;annoncer aussi sur 127.0.0.1 (tests, un seul ordinateur hors ligne).</translation>
    </message>
    <message>
        <source>UDP port coordinators listen on for beacons (tests).</source>
        <translation>Port UDP sur lequel les coordinateurs écoutent les balises (tests).</translation>
    </message>
    <message>
        <source>UDP port this node listens on for queries (tests).</source>
        <translation>Port UDP sur lequel ce nœud écoute les requêtes (tests).</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port attend un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>--max-memory takes a number of bytes.</source>
        <translation>--max-memory attend un nombre d&apos;octets.</translation>
    </message>
    <message>
        <source>--threads takes a number from 0 to 1024.</source>
        <translation>--threads attend un nombre de 0 à 1024.</translation>
    </message>
    <message>
        <source>--device takes cpu or cuda.</source>
        <translation>--device attend cpu ou cuda.</translation>
    </message>
    <message>
        <source>--discovery-beacon-port takes a number from 1 to 65535.</source>
        <translation>--discovery-beacon-port attend un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>--discovery-query-port takes a number from 1 to 65535.</source>
        <translation>--discovery-query-port attend un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation>La découverte réseau est désactivée : %1</translation>
    </message>
    <message>
        <source>describe a checkpoint folder and validate its weights</source>
        <translation>décrire un dossier de checkpoint et valider ses poids</translation>
    </message>
    <message>
        <source>write a checkpoint with random weights of a real shape (benchmarks)</source>
        <translation>écrire un checkpoint avec des poids aléatoires de forme réelle (benchmarks)</translation>
    </message>
    <message>
        <source>list the Qwen2-VL checkpoints in the Hugging Face cache and model folders</source>
        <translation>lister les checkpoints Qwen2-VL du cache Hugging Face et des dossiers de modèles</translation>
    </message>
    <message>
        <source>download a model from the Hugging Face hub, resumably, with hash checks</source>
        <translation>télécharger un modèle depuis le hub Hugging Face, avec reprise possible et vérification des empreintes</translation>
    </message>
    <message>
        <source>serve the model over HTTP: OpenAI-compatible chat completions with images (docs/API.md)</source>
        <translation>servir le modèle via HTTP : complétions de chat compatibles OpenAI avec images (docs/API.md)</translation>
    </message>
    <message>
        <source>Weight format of the layers served here: auto (what the coordinator asks for), best, f32, bf16, q8 or q4.</source>
        <translation>Format des poids des couches servies ici : auto (ce que demande le coordinateur), best, f32, bf16, q8 ou q4.</translation>
    </message>
    <message>
        <source>DTYPE</source>
        <translation>DTYPE</translation>
    </message>
    <message>
        <source>--dtype takes auto, best, f32, bf16, q8 or q4.</source>
        <translation>--dtype accepte auto, best, f32, bf16, q8 ou q4.</translation>
    </message>
    <message>
        <source>Conversations one coordinator may keep cached here; beyond that its least recently used one is dropped.</source>
        <translation>Conversations qu&apos;un coordinateur peut garder en cache ici ; au-delà, la moins récemment utilisée est abandonnée.</translation>
    </message>
    <message>
        <source>--max-sessions takes a number from 1 to 100000.</source>
        <translation>--max-sessions attend un nombre de 1 à 100000.</translation>
    </message>
    <message>
        <source>MDI Chat is already running with this profile; its window was brought to the front.</source>
        <translation>MDI Chat est déjà lancé avec ce profil ; sa fenêtre a été mise au premier plan.</translation>
    </message>
</context>
<context>
    <name>mdi::ApiServer</name>
    <message>
        <source>The model was unloaded before the answer finished.</source>
        <translation>Le modèle a été déchargé avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>This server needs an API key: send &quot;Authorization: Bearer KEY&quot;.</source>
        <translation>Ce serveur nécessite une clé d&apos;API : envoyez &quot;Authorization: Bearer KEY&quot;.</translation>
    </message>
    <message>
        <source>The API key is wrong.</source>
        <translation>La clé d&apos;API est incorrecte.</translation>
    </message>
    <message>
        <source>There is no %1 here; see docs/API.md for the endpoints.</source>
        <translation>Il n&apos;y a pas de %1 ici ; consultez docs/API.md pour connaître les points de terminaison.</translation>
    </message>
    <message>
        <source>%1 takes %2 requests.</source>
        <translation>%1 accepte les requêtes %2.</translation>
    </message>
    <message>
        <source>The request body must be JSON, sent with &quot;Content-Type: application/json&quot;.</source>
        <translation>Le corps de la requête doit être du JSON, envoyé avec &quot;Content-Type: application/json&quot;.</translation>
    </message>
    <message>
        <source>The model is still loading; try again shortly.</source>
        <translation>Le modèle est encore en cours de chargement ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Aucun modèle n&apos;est chargé.</translation>
    </message>
    <message>
        <source>The model&apos;s configuration cannot be read.</source>
        <translation>Impossible de lire la configuration du modèle.</translation>
    </message>
    <message>
        <source>The answer failed: %1</source>
        <translation>La réponse a échoué : %1</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist here; GET /v1/models lists the one this server has.</source>
        <translation>Le modèle &apos;%1&apos; n&apos;existe pas ici ; GET /v1/models indique celui dont dispose ce serveur.</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist here; this server has &apos;%2&apos;.</source>
        <translation>Le modèle &apos;%1&apos; n&apos;existe pas ici ; ce serveur dispose de &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;n&apos; is %1, more answers than this server runs at once (%2).</source>
        <translation>&apos;n&apos; vaut %1, plus de réponses que ce serveur n&apos;en exécute à la fois (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are in progress and %1 requests are waiting, the most this server holds; try again later.</source>
        <translation>
            <numerusform>%n réponse est en cours et %1 requêtes sont en attente, le maximum que ce serveur accepte ; réessayez plus tard.</numerusform>
            <numerusform>%n réponses sont en cours et %1 requêtes sont en attente, le maximum que ce serveur accepte ; réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request waited %1 s for a free slot; try again later.</source>
        <translation>La requête a attendu %1 s qu&apos;un emplacement se libère ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>This server answers only requests addressed to localhost (the Host header names another host; mdi-run serve --allow-host adds names).</source>
        <translation>Ce serveur ne répond qu&apos;aux requêtes adressées à localhost (l&apos;en-tête Host nomme un autre hôte ; mdi-run serve --allow-host ajoute des noms).</translation>
    </message>
    <message>
        <source>Web pages from %1 may not use this server (mdi-run serve --cors-origin names those that may).</source>
        <translation>Les pages web de %1 ne peuvent pas utiliser ce serveur (mdi-run serve --cors-origin nomme celles qui le peuvent).</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; not found; GET /api/tags lists the one this server has</source>
        <translation>modèle &apos;%1&apos; introuvable ; GET /api/tags liste celui de ce serveur</translation>
    </message>
</context>
<context>
    <name>mdi::AppContext</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossible de créer le dossier de profil %1.</translation>
    </message>
    <message>
        <source>The local API could not start: %1</source>
        <translation>L&apos;API locale n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>Une conversation doit avoir un titre.</translation>
    </message>
    <message>
        <source>%1 could not take part, so the model runs on this computer alone. The Peers panel (View &gt; Peers) shows which peers are there; Apply and Reload uses them again.</source>
        <translation>%1 n’a pas pu participer : le modèle tourne donc sur cet ordinateur seul. Le panneau Pairs (Affichage &gt; Pairs) montre les pairs présents ; « Appliquer et recharger » les utilise de nouveau.</translation>
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
        <translation>Image jointe %1, %2 pixels</translation>
    </message>
    <message>
        <source>%1
%2 pixels</source>
        <translation>%1
%2 pixels</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>Retirer cette image</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>Retirer l&apos;image %1</translation>
    </message>
</context>
<context>
    <name>mdi::ChatCompletionRequest</name>
    <message>
        <source>messages[%1].role must be a non-empty string</source>
        <translation>messages[%1].role doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>messages[%1].role &apos;%2&apos; is not supported (system, developer, user or assistant)</source>
        <translation>messages[%1].role &apos;%2&apos; n&apos;est pas pris en charge (system, developer, user ou assistant)</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>Le corps de la requête n&apos;est pas du JSON valide : %1 à la position %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Le corps de la requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>&apos;messages&apos; must be a non-empty list of messages</source>
        <translation>&apos;messages&apos; doit être une liste non vide de messages</translation>
    </message>
    <message>
        <source>messages[%1] must be an object with &quot;role&quot; and &quot;content&quot;</source>
        <translation>messages[%1] doit être un objet avec &quot;role&quot; et &quot;content&quot;</translation>
    </message>
    <message>
        <source>request</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>must be between 0 and 2</source>
        <translation>doit être compris entre 0 et 2</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <source>must be 0 (off) or a positive number of tokens</source>
        <translation>doit valoir 0 (désactivé) ou un nombre positif de tokens</translation>
    </message>
    <message>
        <source>&apos;stop&apos; may hold at most %1 strings</source>
        <translation>&apos;stop&apos; peut contenir au plus %1 chaînes</translation>
    </message>
    <message>
        <source>&apos;stop&apos; must be a string or a list of strings</source>
        <translation>&apos;stop&apos; doit être une chaîne ou une liste de chaînes</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling) is not supported</source>
        <translation>&apos;tools&apos; (appel de fonctions) n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>&apos;chat_template_kwargs&apos; must be an object</source>
        <translation>&apos;chat_template_kwargs&apos; doit être un objet</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>/generate/multimodal gives one answer, not streamed; use /v1/chat/completions for &quot;stream&quot; and &quot;n&quot;</source>
        <translation>/generate/multimodal donne une seule réponse, sans streaming ; utilisez /v1/chat/completions pour &quot;stream&quot; et &quot;n&quot;</translation>
    </message>
    <message>
        <source>&apos;n&apos; must be between 1 and %1</source>
        <translation>&apos;n&apos; doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>image %1 : %2</translation>
    </message>
    <message>
        <source>image %1: &apos;%2...&apos; must be a data: URL (data:image/png;base64,...); other URLs are not downloaded</source>
        <translation>image %1 : &apos;%2...&apos; doit être une URL data: (data:image/png;base64,...) ; les autres URL ne sont pas téléchargées</translation>
    </message>
    <message>
        <source>The request has %1 images; this server takes at most %2 per request.</source>
        <translation>La requête contient %1 images ; ce serveur en accepte au plus %2 par requête.</translation>
    </message>
    <message>
        <source>must be an integer (64-bit)</source>
        <translation>doit être un entier (64 bits)</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>doit être compris entre 0 et %1</translation>
    </message>
    <message>
        <source>needs &quot;logprobs&quot;: true</source>
        <translation>nécessite &quot;logprobs&quot;: true</translation>
    </message>
    <message>
        <source>image %1: the file:// URL was refused: this server reads image files only when started with --allow-file-urls, from an absolute path to a readable image; send the image as a data: URL</source>
        <translation>image %1 : l&apos;URL file:// a été refusée : ce serveur ne lit les fichiers image que s&apos;il a été lancé avec --allow-file-urls, depuis un chemin absolu vers une image lisible ; envoyez l&apos;image sous forme d&apos;URL data:</translation>
    </message>
    <message>
        <source>image %1: the images before it already hold %2 megapixels, the most this server decodes for one request</source>
        <translation>image %1 : les images qui la précèdent totalisent déjà %2 mégapixels, le maximum que ce serveur décode pour une requête</translation>
    </message>
    <message>
        <source>image %1: %2 (this server decodes at most %3 megapixels of images per request)</source>
        <translation>image %1 : %2 (ce serveur décode au plus %3 mégapixels d&apos;images par requête)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object with a &quot;type&quot;</source>
        <translation>&apos;%1&apos; doit être un objet avec un &quot;type&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; type &apos;%2&apos; is not supported (text, json_object or json_schema)</source>
        <translation>&apos;%1&apos; de type &apos;%2&apos; n&apos;est pas pris en charge (text, json_object ou json_schema)</translation>
    </message>
    <message>
        <source>&apos;%1.json_schema&apos; must be an object with the &quot;schema&quot;</source>
        <translation>&apos;%1.json_schema&apos; doit être un objet avec le &quot;schema&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a JSON schema (an object)</source>
        <translation>&apos;%1&apos; doit être un schéma JSON (un objet)</translation>
    </message>
    <message>
        <source>the shortest answer valid for %1 has %2 bytes, more than the token limit (%3) can be sure to hold; raise the token limit</source>
        <translation>la plus courte réponse valide pour %1 fait %2 octets, plus que la limite de jetons (%3) ne peut contenir à coup sûr ; augmentez la limite de jetons</translation>
    </message>
</context>
<context>
    <name>mdi::ChatController</name>
    <message>
        <source>The model is still loading; send again in a moment.</source>
        <translation>Le modèle est encore en cours de chargement ; renvoyez le message dans un instant.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Image : %1</translation>
    </message>
    <message>
        <source>Type a message or add an image first.</source>
        <translation>Saisissez d&apos;abord un message ou ajoutez une image.</translation>
    </message>
    <message>
        <source>An answer is still being written; stop it first.</source>
        <translation>Une réponse est encore en cours d&apos;écriture ; arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Only an answer to a question can be regenerated.</source>
        <translation>Seule une réponse à une question peut être régénérée.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Seuls vos propres messages peuvent être modifiés.</translation>
    </message>
    <message>
        <source>The edited message is empty.</source>
        <translation>Le message modifié est vide.</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>La réponse n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>No model is loaded. Choose or download one in File &gt; Models…</source>
        <translation>Aucun modèle n&apos;est chargé. Choisissez-en ou téléchargez-en un dans Fichier &gt; Modèles…</translation>
    </message>
    <message>
        <source>The message could not be deleted: %1</source>
        <translation>Le message n&apos;a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>The other answer could not be shown: %1</source>
        <translation>L&apos;autre réponse n&apos;a pas pu être affichée : %1</translation>
    </message>
    <message>
        <source>The conversation could not be deleted: %1</source>
        <translation>La conversation n&apos;a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <source>Only an answer that was stopped or cut short can be continued.</source>
        <translation>Seule une réponse arrêtée ou interrompue peut être poursuivie.</translation>
    </message>
    <message>
        <source>Only the last answer of a conversation can be continued; this one has replies.</source>
        <translation>Seule la dernière réponse d&apos;une conversation peut être poursuivie ; celle-ci a déjà des suites.</translation>
    </message>
    <message>
        <source>This answer is still being written; stop it first.</source>
        <translation>Cette réponse est encore en cours d&apos;écriture ; arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The message could not be shown: %1</source>
        <translation>Le message n’a pas pu être affiché : %1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>mdi::ChatTemplate</name>
    <message>
        <source>message %1: must be an object with &quot;role&quot; and &quot;content&quot;</source>
        <translation>message %1 : doit être un objet avec &quot;role&quot; et &quot;content&quot;</translation>
    </message>
    <message>
        <source>message %1: &quot;role&quot; must be a non-empty string</source>
        <translation>message %1 : &quot;role&quot; doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>message %1: &quot;content&quot; must be a string or a list of parts</source>
        <translation>message %1 : &quot;content&quot; doit être une chaîne ou une liste de parties</translation>
    </message>
    <message>
        <source>image %1 has %2 tokens; it must have at least one</source>
        <translation>l&apos;image %1 a %2 tokens ; elle doit en avoir au moins un</translation>
    </message>
    <message>
        <source>message %1, part %2</source>
        <translation>message %1, partie %2</translation>
    </message>
    <message>
        <source>%1: a content part must be an object</source>
        <translation>%1 : une partie de contenu doit être un objet</translation>
    </message>
    <message>
        <source>%1: an image part needs a non-empty &quot;image&quot; or &quot;image_url&quot; reference</source>
        <translation>%1 : une partie image nécessite une référence &quot;image&quot; ou &quot;image_url&quot; non vide</translation>
    </message>
    <message>
        <source>%1: video input is not supported</source>
        <translation>%1 : l&apos;entrée vidéo n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; must be a string</source>
        <translation>%1 : &quot;text&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: unknown part type &apos;%2&apos;</source>
        <translation>%1 : type de partie inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: a text part needs a &quot;text&quot; string</source>
        <translation>%1 : une partie texte nécessite une chaîne &quot;text&quot;</translation>
    </message>
    <message>
        <source>%1: the part has no &quot;type&quot;, &quot;text&quot; or &quot;image&quot;</source>
        <translation>%1 : la partie n&apos;a ni &quot;type&quot;, ni &quot;text&quot;, ni &quot;image&quot;</translation>
    </message>
    <message>
        <source>the prompt has %1 but %2 were given</source>
        <translation>le prompt contient %1, mais il y a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image placeholder(s)</source>
        <translation>
            <numerusform>%n espace réservé d&apos;image</numerusform>
            <numerusform>%n espaces réservés d&apos;image</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Drop an image here or type a question below to start.</source>
        <translation>Déposez une image ici ou saisissez une question ci-dessous pour commencer.</translation>
    </message>
</context>
<context>
    <name>mdi::Checkpoint</name>
    <message>
        <source>%1 and %2 are both present; %1 is used, as transformers does</source>
        <translation>%1 et %2 sont tous deux présents ; %1 est utilisé, comme le fait transformers</translation>
    </message>
    <message>
        <source>%1: field &apos;weight_map&apos; is missing or not an object</source>
        <translation>%1 : le champ &apos;weight_map&apos; est absent ou n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>%1: &apos;weight_map&apos; lists no tensors</source>
        <translation>%1 : &apos;weight_map&apos; ne liste aucun tenseur</translation>
    </message>
    <message>
        <source>%1: tensor %2 maps to %3, which is not a file name in the checkpoint folder</source>
        <translation>%1 : le tenseur %2 renvoie à %3, qui n&apos;est pas un nom de fichier du dossier du checkpoint</translation>
    </message>
    <message>
        <source>%1: names shard %2, which is not in %3</source>
        <translation>%1 : nomme le shard %2, qui n&apos;est pas dans %3</translation>
    </message>
    <message>
        <source>%1: tensor %2 is listed in shard %3, which does not contain it</source>
        <translation>%1 : le tenseur %2 est listé dans le shard %3, qui ne le contient pas</translation>
    </message>
    <message>
        <source>%1: tensor %2 is not listed in %3</source>
        <translation>%1 : le tenseur %2 n&apos;est pas listé dans %3</translation>
    </message>
    <message>
        <source>%1: tensor %2 is listed in %3 under shard %4</source>
        <translation>%1 : le tenseur %2 est listé dans %3 sous le shard %4</translation>
    </message>
    <message>
        <source>%1: the index and the shards disagree:
  %2</source>
        <translation>%1 : l&apos;index et les shards ne concordent pas :
  %2</translation>
    </message>
    <message>
        <source>%1: metadata.total_size is %2 but the shards hold %3 bytes of tensors</source>
        <translation>%1 : metadata.total_size vaut %2 mais les shards contiennent %3 octets de tenseurs</translation>
    </message>
    <message>
        <source>tensor %1 is stored twice: as %2 in %3 and as %4 in %5</source>
        <translation>le tenseur %1 est stocké deux fois : comme %2 dans %3 et comme %4 dans %5</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, the config implies %4</source>
        <translation>%1 : le tenseur %2 a la forme %3, la configuration implique %4</translation>
    </message>
    <message>
        <source>%1: tensor %2 has dtype %3; weights must be F32, F16 or BF16</source>
        <translation>%1 : le tenseur %2 a le dtype %3 ; les poids doivent être en F32, F16 ou BF16</translation>
    </message>
    <message>
        <source>%1: holds %2 although config.json ties the head to the embedding; it is ignored</source>
        <translation>%1 : contient %2 alors que config.json lie la tête à l&apos;embedding ; il est ignoré</translation>
    </message>
    <message>
        <source>%1: holds the rotary buffer %2, which is ignored</source>
        <translation>%1 : contient le tampon rotatif %2, qui est ignoré</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>missing (%1): %2</source>
        <translation>manquants (%1) : %2</translation>
    </message>
    <message>
        <source>unexpected (%1): %2</source>
        <translation>inattendus (%1) : %2</translation>
    </message>
    <message>
        <source>%1: the weights do not match config.json:
  %2</source>
        <translation>%1 : les poids ne correspondent pas à config.json :
  %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no weights found: neither %2 nor %3 is there</source>
        <translation>%1 : aucun poids trouvé : ni %2 ni %3 n&apos;est présent</translation>
    </message>
    <message>
        <source> (found %1 without the index that says which tensors they hold)</source>
        <translation> (%1 trouvés, sans l&apos;index qui indique quels tenseurs ils contiennent)</translation>
    </message>
    <message>
        <source> (found PyTorch weights %1; MDI Chat reads only safetensors: convert them first)</source>
        <translation> (poids PyTorch %1 trouvés ; MDI Chat ne lit que SafeTensors : convertissez-les d&apos;abord)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) missing from their shards</source>
        <translation>
            <numerusform>... et %n autre tenseur absent de son shard</numerusform>
            <numerusform>... et %n autres tenseurs absents de leurs shards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) missing from the index</source>
        <translation>
            <numerusform>... et %n autre tenseur absent de l&apos;index</numerusform>
            <numerusform>... et %n autres tenseurs absents de l&apos;index</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) with a wrong shape</source>
        <translation>
            <numerusform>... et %n autre tenseur de forme incorrecte</numerusform>
            <numerusform>... et %n autres tenseurs de forme incorrecte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) with a non-float dtype</source>
        <translation>
            <numerusform>... et %n autre tenseur dont le dtype n&apos;est pas à virgule flottante</numerusform>
            <numerusform>... et %n autres tenseurs dont le dtype n&apos;est pas à virgule flottante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) stored twice</source>
        <translation>
            <numerusform>... et %n autre tenseur stocké deux fois</numerusform>
            <numerusform>... et %n autres tenseurs stockés deux fois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::CodeBlockView</name>
    <message>
        <source>Code block</source>
        <translation>Bloc de code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>mdi::Composer</name>
    <message>
        <source>Message composer</source>
        <translation>Rédaction du message</translation>
    </message>
    <message>
        <source>Ask about an image, or anything else. Enter sends, Shift+Enter starts a new line; drop or paste images.</source>
        <translation>Posez une question sur une image, ou sur tout autre sujet. Entrée envoie, Maj+Entrée insère une nouvelle ligne ; déposez ou collez des images.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Attach images (you can also drop or paste them)</source>
        <translation>Joindre des images (vous pouvez aussi les déposer ou les coller)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Joindre des images</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>image collée</translation>
    </message>
    <message>
        <source>%1 is already attached.</source>
        <translation>%1 est déjà jointe.</translation>
    </message>
    <message>
        <source>Images cannot be added: the history folder is not available.</source>
        <translation>Impossible d&apos;ajouter des images : le dossier de l&apos;historique n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajoutée : %1</translation>
    </message>
    <message>
        <source>The pasted image was not added: %1</source>
        <translation>L&apos;image collée n&apos;a pas été ajoutée : %1</translation>
    </message>
    <message>
        <source>Attach Images</source>
        <translation>Joindre des images</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Images (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what was written so far is kept</source>
        <translation>Arrêter la réponse (Échap) ; le texte déjà écrit est conservé</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>Arrêter la génération</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Envoyer le message (Entrée)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Images and PDFs (%1);;All files (*)</source>
        <translation>Images et PDF (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not added: %1: even its first page needs about %2 image tokens, more than the model&apos;s context of %3 tokens leaves for it.</source>
        <translation>Non ajouté : %1 : même sa première page demande environ %2 jetons d&apos;image, plus que ce que le contexte du modèle (%3 jetons) laisse.</translation>
    </message>
    <message>
        <source>%1 has %2 pages; pages 1–%3 are attached, as many as one message for this model takes. Change the range on its chip to read others.</source>
        <translation>%1 a %2 pages ; les pages 1–%3 sont jointes, autant qu&apos;un message pour ce modèle en accepte. Changez la plage sur sa vignette pour en lire d&apos;autres.</translation>
    </message>
    <message>
        <source>Pages %1–%2 of %3 are %4 pages; one message takes at most %5. Choose fewer pages.</source>
        <translation>Les pages %1–%2 de %3 font %4 pages ; un message en accepte au plus %5. Choisissez moins de pages.</translation>
    </message>
    <message>
        <source>Pages %1–%2 of %3 need about %4 image tokens; the model&apos;s context of %5 tokens leaves room for about %6 here. Choose fewer pages.</source>
        <translation>Les pages %1–%2 de %3 demandent environ %4 jetons d&apos;image ; le contexte du modèle (%5 jetons) laisse ici de la place pour environ %6. Choisissez moins de pages.</translation>
    </message>
    <message>
        <source>Not added: %1, page %2: %3</source>
        <translation>Non ajouté : %1, page %2 : %3</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationActions</name>
    <message>
        <source>Sampling and System &amp;Prompt…</source>
        <translation>Échantillonnage et &amp;invite système…</translation>
    </message>
    <message>
        <source>How this conversation&apos;s answers choose their words, and its own system prompt</source>
        <translation>Comment les réponses de cette conversation choisissent leurs mots, et son invite système</translation>
    </message>
    <message>
        <source>C&amp;ontinue Answer</source>
        <translation>P&amp;oursuivre la réponse</translation>
    </message>
    <message>
        <source>Continue writing the last answer where it stopped</source>
        <translation>Poursuivre la dernière réponse là où elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>&amp;Fork Conversation</source>
        <translation>&amp;Dériver la conversation</translation>
    </message>
    <message>
        <source>Start a new conversation with the messages so far</source>
        <translation>Commencer une nouvelle conversation avec les messages jusqu&apos;ici</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationExporter</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>(stopped before the end)</source>
        <translation>(arrêtée avant la fin)</translation>
    </message>
    <message>
        <source>(the answer failed)</source>
        <translation>(la réponse a échoué)</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(incomplète)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1 : fichier introuvable (%2)</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1 : ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; at most %3 MB can be imported</source>
        <translation>%1 : le fichier fait %2 Mo ; au plus %3 Mo peuvent être importés</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1 : JSON non valide (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <source>%1: not an MDI Chat conversation (the JSON is not an object)</source>
        <translation>%1 : ce n&apos;est pas une conversation MDI Chat (le JSON n&apos;est pas un objet)</translation>
    </message>
    <message>
        <source>%1: not an MDI Chat conversation (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1 : ce n&apos;est pas une conversation MDI Chat (&quot;format&quot; ne vaut pas &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: written by a newer version of MDI Chat (format version %2; this version reads up to %3)</source>
        <translation>%1 : écrit par une version plus récente de MDI Chat (version de format %2 ; cette version lit jusqu&apos;à la %3)</translation>
    </message>
    <message>
        <source>%1 images; at most %2 are allowed</source>
        <translation>%1 images ; au plus %2 sont autorisées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 digest (64 lower-case hex digits)</source>
        <translation>&quot;%1&quot; n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux en minuscules)</translation>
    </message>
    <message>
        <source>must be an object with a base64 &quot;data&quot; string</source>
        <translation>doit être un objet avec une chaîne base64 &quot;data&quot;</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>message %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>&quot;state&quot; must be complete, streaming, stopped or failed; got &quot;%1&quot;</source>
        <translation>&quot;state&quot; doit valoir complete, streaming, stopped ou failed ; reçu : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>each image must be an object</source>
        <translation>chaque image doit être un objet</translation>
    </message>
    <message>
        <source>the image %1 is not in the file&apos;s &quot;images&quot;</source>
        <translation>l&apos;image %1 ne figure pas dans les &quot;images&quot; du fichier</translation>
    </message>
    <message>
        <source>%1: the image %2 is not valid base64</source>
        <translation>%1 : l&apos;image %2 n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>%1: the image %2 does not match its SHA-256 digest (the file is damaged)</source>
        <translation>%1 : l&apos;image %2 ne correspond pas à son empreinte SHA-256 (le fichier est endommagé)</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1 : impossible d&apos;écrire le fichier : %2</translation>
    </message>
    <message>
        <source>%1: the image file is missing from %2</source>
        <translation>%1 : le fichier image est absent de %2</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1 : impossible de lire %2 : %3</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationSettingsDialog</name>
    <message>
        <source>New Chat Settings</source>
        <translation>Réglages de la nouvelle discussion</translation>
    </message>
    <message>
        <source>Conversation Settings</source>
        <translation>Réglages de la conversation</translation>
    </message>
    <message>
        <source>How answers choose their words</source>
        <translation>Comment les réponses choisissent leurs mots</translation>
    </message>
    <message>
        <source>&amp;System prompt for this conversation</source>
        <translation>&amp;Invite système de cette conversation</translation>
    </message>
    <message>
        <source>Instructions the model reads before every message of this conversation, for example &quot;Answer in German&quot; or &quot;You are a careful proofreader&quot;. Empty: none.</source>
        <translation>Instructions que le modèle lit avant chaque message de cette conversation, par exemple « Réponds en allemand » ou « Tu es un relecteur attentif ». Vide : aucune.</translation>
    </message>
</context>
<context>
    <name>mdi::ConversationSidebar</name>
    <message>
        <source>&amp;Rename</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle conversation</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Commencer une nouvelle conversation</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Finds conversations whose messages or title contain every word (Ctrl+F)</source>
        <translation>Trouve les conversations dont les messages ou le titre contiennent tous les mots (Ctrl+F)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1
Last message: %2</source>
        <translation>%1
Dernier message : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) match the search</source>
        <translation>
            <numerusform>%n conversation correspond à la recherche</numerusform>
            <numerusform>%n conversations correspondent à la recherche</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation matches the search.</source>
        <translation>Aucune conversation ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>&amp;Pin to Top</source>
        <translation>É&amp;pingler en haut</translation>
    </message>
    <message>
        <source>Writing an answer…</source>
        <translation>Rédaction d’une réponse…</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus ancien</translation>
    </message>
</context>
<context>
    <name>mdi::CorsPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a web origin: give scheme, host and port as the browser shows them, such as http://localhost:3000</source>
        <translation>&apos;%1&apos; n&apos;est pas une origine web : indiquez le schéma, l&apos;hôte et le port tels que le navigateur les affiche, par exemple http://localhost:3000</translation>
    </message>
</context>
<context>
    <name>mdi::DecoderLayers</name>
    <message numerus="yes">
        <source>Layer range %1-%2 is not inside the model&apos;s %n layer(s).</source>
        <translation>
            <numerusform>La plage de couches %1-%2 ne se trouve pas dans la %n couche du modèle.</numerusform>
            <numerusform>La plage de couches %1-%2 ne se trouve pas dans les %n couches du modèle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden states must be [n, %1].</source>
        <translation>Les états cachés doivent être de forme [n, %1].</translation>
    </message>
    <message>
        <source>%1 hidden states came with %2 positions.</source>
        <translation>%1 états cachés sont arrivés avec %2 positions.</translation>
    </message>
    <message numerus="yes">
        <source>The KV cache holds %n layer(s); this stage has %1.</source>
        <translation>
            <numerusform>Le cache KV contient %n couche ; cet étage en a %1.</numerusform>
            <numerusform>Le cache KV contient %n couches ; cet étage en a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoder layers %1-%2 failed: %3</source>
        <translation>Les couches de décodeur %1-%2 ont échoué : %3</translation>
    </message>
</context>
<context>
    <name>mdi::DemoScreenshot</name>
    <message>
        <source>Sunset over the lake</source>
        <translation>Coucher de soleil sur le lac</translation>
    </message>
    <message>
        <source>What time of day is it in this picture? And how could I draw the sun&apos;s glow with QPainter?</source>
        <translation>À quel moment de la journée cette photo a-t-elle été prise ? Et comment pourrais-je dessiner le halo du soleil avec QPainter ?</translation>
    </message>
    <message>
        <source>Evening, shortly before sunset.</source>
        <translation>Le soir, peu avant le coucher du soleil.</translation>
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
        <translation>C&apos;est le **coucher du soleil** (ou juste avant) : le soleil est bas au-dessus des collines, le ciel passe du bleu profond à l&apos;*orange*, et sa lumière se reflète sur le lac.

Un halo doux est un `QRadialGradient` qui s&apos;estompe jusqu&apos;à la transparence :

```cpp
QRadialGradient glow(centre, 70);
glow.setColorAt(0.0, QColor(255, 244, 201));
glow.setColorAt(1.0, QColor(255, 211, 110, 0)); // bord transparent
painter.setBrush(glow);
painter.drawEllipse(centre, 70, 70);
```

Dessinez-le **avant** les collines pour qu&apos;elles en couvrent la moitié inférieure.</translation>
    </message>
    <message>
        <source>Make the sky a little darker</source>
        <translation>Assombris un peu le ciel</translation>
    </message>
    <message>
        <source>12.4 tokens/s</source>
        <translation>12,4 tokens/s</translation>
    </message>
    <message>
        <source>Context 449 / 32,768</source>
        <translation>Contexte 449 / 32 768</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>Impossible de créer un dossier temporaire.</translation>
    </message>
    <message>
        <source>Sorting a list of tuples in Python</source>
        <translation>Trier une liste de tuples en Python</translation>
    </message>
    <message>
        <source>Recipe ideas for leftover rice</source>
        <translation>Idées de recettes avec un reste de riz</translation>
    </message>
    <message>
        <source>Layers 0–28 on this computer</source>
        <translation>Couches 0–28 sur cet ordinateur</translation>
    </message>
    <message>
        <source>27.1 tokens/s</source>
        <translation>27,1 tokens/s</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoverCommand</name>
    <message>
        <source>Lists the MDI Chat nodes (mdi-node) on the local network.</source>
        <translation>Liste les nœuds MDI Chat (mdi-node) du réseau local.</translation>
    </message>
    <message>
        <source>List peers.</source>
        <translation>Lister les pairs.</translation>
    </message>
    <message>
        <source>Seconds to listen (default 3).</source>
        <translation>Secondes d&apos;écoute (par défaut 3).</translation>
    </message>
    <message>
        <source>Also listen and ask on 127.0.0.1.</source>
        <translation>Écouter et interroger aussi sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>UDP port to listen on for beacons.</source>
        <translation>Port UDP d&apos;écoute des balises.</translation>
    </message>
    <message>
        <source>UDP port nodes take queries on.</source>
        <translation>Port UDP sur lequel les nœuds acceptent les requêtes.</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 0 to 3600.</source>
        <translation>--timeout attend un nombre de secondes de 0 à 3600.</translation>
    </message>
    <message>
        <source>--beacon-port and --query-port take numbers from 1 to 65535.</source>
        <translation>--beacon-port et --query-port attendent des nombres de 1 à 65535.</translation>
    </message>
    <message>
        <source>No nodes answered.</source>
        <translation>Aucun nœud n&apos;a répondu.</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoveryBeacon</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de nœud valide.</translation>
    </message>
    <message>
        <source>A beacon needs the node&apos;s TCP port.</source>
        <translation>Une balise a besoin du port TCP du nœud.</translation>
    </message>
    <message>
        <source>The beacon takes %1 bytes; at most %2 are allowed.</source>
        <translation>La balise occupe %1 octets ; au plus %2 sont autorisés.</translation>
    </message>
    <message>
        <source>a beacon of %1 bytes is larger than %2</source>
        <translation>une balise de %1 octets dépasse %2</translation>
    </message>
    <message>
        <source>not an MDI beacon</source>
        <translation>ce n&apos;est pas une balise MDI</translation>
    </message>
    <message>
        <source>is 0</source>
        <translation>vaut 0</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>a la valeur inconnue %1</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>n&apos;est pas un identifiant valide</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>est négatif</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>est hors limites</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>malformed beacon: %1</source>
        <translation>balise mal formée : %1</translation>
    </message>
</context>
<context>
    <name>mdi::DiscoveryService</name>
    <message>
        <source>Cannot listen for peer discovery on UDP port %1: %2</source>
        <translation>Impossible d&apos;écouter la découverte des pairs sur le port UDP %1 : %2</translation>
    </message>
</context>
<context>
    <name>mdi::DownloadCommand</name>
    <message>
        <source>  %1 left</source>
        <translation>  reste %1</translation>
    </message>
    <message>
        <source>Downloads a model from the Hugging Face hub into its cache, resumably, verifying every file&apos;s hash.</source>
        <translation>Télécharge un modèle depuis le hub Hugging Face dans son cache, avec reprise possible et vérification de l&apos;empreinte de chaque fichier.</translation>
    </message>
    <message>
        <source>Repository, e.g. Qwen/Qwen2-VL-2B-Instruct.</source>
        <translation>Dépôt, par ex. Qwen/Qwen2-VL-2B-Instruct.</translation>
    </message>
    <message>
        <source>Branch, tag or commit (default main).</source>
        <translation>Branche, tag ou commit (par défaut main).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>The hub cache folder to download into (default: %1).</source>
        <translation>Le dossier du cache du hub dans lequel télécharger (par défaut : %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The hub or a mirror (default: the app&apos;s setting, %1).</source>
        <translation>Le hub ou un miroir (par défaut : le réglage de l&apos;application, %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Seconds without data before giving up (default 30).</source>
        <translation>Secondes sans données avant d&apos;abandonner (par défaut 30).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--timeout: give a number of seconds above 0
</source>
        <translation>--timeout : indiquez un nombre de secondes supérieur à 0
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>erreur : %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n file(s), %3
</source>
        <translation>
            <numerusform>%1 à %2 : %n fichier, %3
</numerusform>
            <numerusform>%1 à %2 : %n fichiers, %3
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::Engine</name>
    <message>
        <source>No model is loaded.</source>
        <translation>Aucun modèle n&apos;est chargé.</translation>
    </message>
</context>
<context>
    <name>mdi::EngineArguments</name>
    <message>
        <source>--%1 needs a number in range, not &apos;%2&apos;</source>
        <translation>--%1 attend un nombre dans la plage autorisée, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Checkpoint folder (Hugging Face layout).</source>
        <translation>Dossier du checkpoint (structure Hugging Face).</translation>
    </message>
    <message>
        <source>Compute threads (default: physical cores).</source>
        <translation>Threads de calcul (par défaut : cœurs physiques).</translation>
    </message>
    <message>
        <source>Largest image area in pixels after resizing (default: the model&apos;s).</source>
        <translation>Surface d&apos;image maximale en pixels après redimensionnement (par défaut : celle du modèle).</translation>
    </message>
    <message>
        <source>Split the decoder layers across N local stages (worker threads).</source>
        <translation>Répartir les couches du décodeur sur N étages locaux (threads de travail).</translation>
    </message>
    <message>
        <source>Explicit layer ranges, one local stage each, e.g. &quot;0-9,9-19,19-28&quot;.</source>
        <translation>Plages de couches explicites, un étage local chacune, par ex. &quot;0-9,9-19,19-28&quot;.</translation>
    </message>
    <message>
        <source>Compute threads per stage (default: cores / stages).</source>
        <translation>Threads de calcul par étage (par défaut : cœurs / étages).</translation>
    </message>
    <message>
        <source>An mdi-node to run stages on (repeatable): with K peers the last K stages of the plan run on them, in order (default: --stages K).</source>
        <translation>Un mdi-node sur lequel exécuter des étages (répétable) : avec K pairs, les K derniers étages du plan s&apos;exécutent sur eux, dans l&apos;ordre (par défaut : --stages K).</translation>
    </message>
    <message>
        <source>The pairing code of the peers (one per --peer, or one for all).</source>
        <translation>Le code d&apos;appairage des pairs (un par --peer, ou un pour tous).</translation>
    </message>
    <message>
        <source>--stages must be at least 1</source>
        <translation>--stages doit valoir au moins 1</translation>
    </message>
    <message>
        <source>Give one --pairing-code for all peers or one per --peer.</source>
        <translation>Indiquez un --pairing-code pour tous les pairs ou un par --peer.</translation>
    </message>
    <message>
        <source>--peer takes HOST:PORT, not &apos;%1&apos;.</source>
        <translation>--peer attend HOST:PORT, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Weight precision: auto (default: the fastest that keeps quality on this CPU), best (the checkpoint&apos;s own), f32, bf16, q8 (8-bit) or q4 (4-bit).</source>
        <translation>Précision des poids : auto (par défaut : la plus rapide qui préserve la qualité sur ce CPU), best (celle du checkpoint), f32, bf16, q8 (8-bit) ou q4 (4-bit).</translation>
    </message>
    <message>
        <source>--dtype must be one of %1, not &apos;%2&apos;</source>
        <translation>--dtype doit valoir l&apos;une des valeurs %1, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Answers decoded together in one pass through the weights (default 8; 1: one at a time).</source>
        <translation>Réponses décodées ensemble en un seul passage sur les poids (par défaut 8 ; 1 : une à la fois).</translation>
    </message>
    <message>
        <source>Prompt tokens read per pass (default 256; fewer while other answers decode).</source>
        <translation>Tokens du prompt lus par passage (par défaut 256 ; moins pendant que d&apos;autres réponses sont décodées).</translation>
    </message>
    <message>
        <source>--max-batch must be between 1 and 256</source>
        <translation>--max-batch doit être compris entre 1 et 256</translation>
    </message>
    <message>
        <source>--prefill-chunk must be at least 1</source>
        <translation>--prefill-chunk doit valoir au moins 1</translation>
    </message>
</context>
<context>
    <name>mdi::ForwardBatchMessage</name>
    <message>
        <source>a ForwardBatch needs at least one entry</source>
        <translation>un ForwardBatch doit avoir au moins une entrée</translation>
    </message>
    <message>
        <source>an entry needs at least one token</source>
        <translation>une entrée doit avoir au moins un jeton</translation>
    </message>
    <message>
        <source>session %1 appears twice</source>
        <translation>la session %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>the entries hold more than %1 tokens</source>
        <translation>les entrées contiennent plus de %1 jetons</translation>
    </message>
</context>
<context>
    <name>mdi::ForwardMessage</name>
    <message>
        <source>a Forward needs at least one token</source>
        <translation>un Forward nécessite au moins un token</translation>
    </message>
    <message>
        <source>%1 rows of hidden states for %2 tokens</source>
        <translation>%1 lignes d&apos;états cachés pour %2 tokens</translation>
    </message>
    <message>
        <source>hidden states need at least one column</source>
        <translation>les états cachés nécessitent au moins une colonne</translation>
    </message>
</context>
<context>
    <name>mdi::FrameReader</name>
    <message>
        <source>the stream does not start with an MDI frame (bad magic bytes %1)</source>
        <translation>le flux ne commence pas par une trame MDI (octets magiques incorrects %1)</translation>
    </message>
    <message>
        <source>the peer speaks protocol version %1; this program speaks version %2</source>
        <translation>le pair parle la version %1 du protocole ; ce programme parle la version %2</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>type de message inconnu %1</translation>
    </message>
    <message>
        <source>reserved flags 0x%1 are set in a %2 frame</source>
        <translation>des indicateurs réservés 0x%1 sont activés dans une trame %2</translation>
    </message>
    <message>
        <source>a %1 frame of %2 bytes exceeds the limit of %3 bytes</source>
        <translation>une trame %1 de %2 octets dépasse la limite de %3 octets</translation>
    </message>
</context>
<context>
    <name>mdi::FrameWriter</name>
    <message>
        <source>a %1 message of %2 bytes exceeds the frame limit of %3 bytes</source>
        <translation>un message %1 de %2 octets dépasse la limite de trame de %3 octets</translation>
    </message>
    <message>
        <source>could not send a %1 message: %2</source>
        <translation>impossible d&apos;envoyer un message %1 : %2</translation>
    </message>
</context>
<context>
    <name>mdi::GenerateCommand</name>
    <message>
        <source>MDI Chat on the command line: one prompt and images in, the answer out.

Commands (mdi-run COMMAND --help):
%1</source>
        <translation>MDI Chat en ligne de commande : un prompt et des images en entrée, la réponse en sortie.

Commandes (mdi-run COMMANDE --help) :
%1</translation>
    </message>
    <message>
        <source>The user message.</source>
        <translation>Le message de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>A system message.</source>
        <translation>Un message système.</translation>
    </message>
    <message>
        <source>A JSON file with &quot;messages&quot; (Hugging Face chat format) and optional &quot;chat_template_kwargs&quot;.</source>
        <translation>Un fichier JSON avec &quot;messages&quot; (format de chat Hugging Face) et un &quot;chat_template_kwargs&quot; facultatif.</translation>
    </message>
    <message>
        <source>Folder that relative image names in --messages resolve against.</source>
        <translation>Dossier par rapport auquel les noms d&apos;image relatifs de --messages sont résolus.</translation>
    </message>
    <message>
        <source>Keep the K most likely tokens (0: off).</source>
        <translation>Garder les K tokens les plus probables (0 : désactivé).</translation>
    </message>
    <message>
        <source>Nucleus sampling threshold.</source>
        <translation>Seuil de l&apos;échantillonnage nucleus.</translation>
    </message>
    <message>
        <source>Drop tokens below P times the top probability.</source>
        <translation>Écarter les tokens en dessous de P fois la probabilité maximale.</translation>
    </message>
    <message>
        <source>Repetition penalty (1: off).</source>
        <translation>Pénalité de répétition (1 : désactivée).</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>Graine aléatoire (par défaut 0).</translation>
    </message>
    <message>
        <source>A stop string (repeatable).</source>
        <translation>Une chaîne d&apos;arrêt (répétable).</translation>
    </message>
    <message>
        <source>Keep generating after end-of-sequence.</source>
        <translation>Continuer à générer après la fin de séquence.</translation>
    </message>
    <message>
        <source>Print one JSON object with tokens, text and statistics.</source>
        <translation>Afficher un objet JSON avec les tokens, le texte et les statistiques.</translation>
    </message>
    <message>
        <source>Generate K answers at once with seeds S..S+K-1 (--json prints an array).</source>
        <translation>Générer K réponses à la fois avec les graines S..S+K-1 (--json affiche un tableau).</translation>
    </message>
    <message>
        <source>--model DIR is required (see --help)</source>
        <translation>--model DIR est obligatoire (voir --help)</translation>
    </message>
    <message>
        <source>give either --prompt or --messages</source>
        <translation>indiquez soit --prompt, soit --messages</translation>
    </message>
    <message>
        <source>--parallel must be at least 1</source>
        <translation>--parallel doit valoir au moins 1</translation>
    </message>
    <message>
        <source>With --json: each generated token&apos;s log-probability and the N most likely tokens of its step (0 to %1), under &quot;logprobs&quot; as in OpenAI&apos;s chat API; from the model&apos;s distribution, before temperature and top-k/top-p. Keeps every step&apos;s logits (0.6 MB each for Qwen2-VL).</source>
        <translation>Avec --json : la log-probabilité de chaque token généré et les N tokens les plus probables de son étape (de 0 à %1), sous &quot;logprobs&quot; comme dans l&apos;API de chat d&apos;OpenAI ; d&apos;après la distribution du modèle, avant la température et top-k/top-p. Conserve les logits de chaque étape (0,6 Mo chacun pour Qwen2-VL).</translation>
    </message>
    <message>
        <source>--logprobs must be between 0 and %1, not &apos;%2&apos;</source>
        <translation>--logprobs doit être compris entre 0 et %1, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--logprobs needs --json (the log-probabilities are part of the JSON answer)</source>
        <translation>--logprobs nécessite --json (les log-probabilités font partie de la réponse JSON)</translation>
    </message>
    <message>
        <source>Most tokens to generate (default: the model&apos;s generation_config.json, else 512).</source>
        <translation>Nombre maximal de jetons à générer (par défaut : generation_config.json du modèle, sinon 512).</translation>
    </message>
    <message>
        <source>Sampling temperature; 0 is greedy. Giving it, --top-p, --top-k or --min-p replaces the model&apos;s generation_config.json sampling: what is not given is 1 (temperature, top-p) or off (top-k, min-p).</source>
        <translation>Température d&apos;échantillonnage ; 0 = glouton. La donner, ou --top-p, --top-k ou --min-p, remplace l&apos;échantillonnage de generation_config.json du modèle : ce qui n&apos;est pas donné vaut 1 (température, top-p) ou est désactivé (top-k, min-p).</translation>
    </message>
    <message>
        <source>An image for the prompt, or a PDF: one image per page (repeatable).</source>
        <translation>Une image pour l&apos;invite, ou un PDF : une image par page (répétable).</translation>
    </message>
</context>
<context>
    <name>mdi::HistorySchema</name>
    <message>
        <source>%1: cannot read the chat history; the file is damaged or not an SQLite database (%2)</source>
        <translation>%1 : impossible de lire l&apos;historique des conversations ; le fichier est endommagé ou n&apos;est pas une base de données SQLite (%2)</translation>
    </message>
    <message>
        <source>%1: this SQLite file belongs to another application (application id %2); it was left unchanged</source>
        <translation>%1 : ce fichier SQLite appartient à une autre application (identifiant d&apos;application %2) ; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>%1: the chat history was written by a newer version of MDI Chat (schema version %2; this version understands up to %3). It was left unchanged; update MDI Chat to open it.</source>
        <translation>%1 : l&apos;historique des conversations a été écrit par une version plus récente de MDI Chat (version de schéma %2 ; cette version comprend jusqu&apos;à la %3). Il n&apos;a pas été modifié ; mettez MDI Chat à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1: the chat history has an invalid schema version %2</source>
        <translation>%1 : l&apos;historique des conversations a une version de schéma non valide %2</translation>
    </message>
    <message>
        <source>%1: this SQLite file is not an MDI Chat history (schema version %2 without MDI Chat&apos;s application id); it was left unchanged</source>
        <translation>%1 : ce fichier SQLite n&apos;est pas un historique MDI Chat (version de schéma %2 sans l&apos;identifiant d&apos;application de MDI Chat) ; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>%1: cannot read the chat history (%2)</source>
        <translation>%1 : impossible de lire l&apos;historique des conversations (%2)</translation>
    </message>
    <message>
        <source>%1: this SQLite file holds tables of another application; it was left unchanged</source>
        <translation>%1 : ce fichier SQLite contient des tables d&apos;une autre application ; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>%1: cannot configure the database (%2)</source>
        <translation>%1 : impossible de configurer la base de données (%2)</translation>
    </message>
    <message>
        <source>%1: cannot lock the database to upgrade it (%2)</source>
        <translation>%1 : impossible de verrouiller la base de données pour la mettre à niveau (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version (%2)</source>
        <translation>%1 : impossible de lire la version de schéma (%2)</translation>
    </message>
    <message>
        <source>%1: the chat history was upgraded by a newer version of MDI Chat (schema version %2)</source>
        <translation>%1 : l&apos;historique des conversations a été mis à niveau par une version plus récente de MDI Chat (version de schéma %2)</translation>
    </message>
    <message>
        <source>%1: cannot upgrade the chat history to schema version %2 (%3)</source>
        <translation>%1 : impossible de mettre à niveau l&apos;historique des conversations vers la version de schéma %2 (%3)</translation>
    </message>
</context>
<context>
    <name>mdi::HistoryStore</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>the database is busy or read-only</source>
        <translation>la base de données est occupée ou en lecture seule</translation>
    </message>
    <message>
        <source>cannot save the change</source>
        <translation>impossible d&apos;enregistrer la modification</translation>
    </message>
    <message>
        <source>cannot read the messages</source>
        <translation>impossible de lire les messages</translation>
    </message>
    <message>
        <source>cannot read the attachments</source>
        <translation>impossible de lire les pièces jointes</translation>
    </message>
    <message>
        <source>cannot save an image attachment</source>
        <translation>impossible d&apos;enregistrer une image jointe</translation>
    </message>
    <message>
        <source>%1: the history writer is not running</source>
        <translation>%1 : le rédacteur de l&apos;historique n&apos;est pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed; the chat history cannot be opened.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé ; l&apos;historique des conversations ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the chat history</source>
        <translation>%1 : impossible de créer le dossier de l&apos;historique des conversations</translation>
    </message>
    <message>
        <source>%1: cannot open the chat history (%2)</source>
        <translation>%1 : impossible d&apos;ouvrir l&apos;historique des conversations (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open the chat history for reading (%2)</source>
        <translation>%1 : impossible d&apos;ouvrir l&apos;historique des conversations en lecture (%2)</translation>
    </message>
    <message>
        <source>cannot read conversation %1</source>
        <translation>impossible de lire la conversation %1</translation>
    </message>
    <message>
        <source>Conversation %1 does not exist (it may have been deleted).</source>
        <translation>La conversation %1 n&apos;existe pas (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>Message %1 does not exist (it may have been deleted).</source>
        <translation>Le message %1 n&apos;existe pas (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 are allowed.</source>
        <translation>Le titre fait %1 caractères ; au plus %2 sont autorisés.</translation>
    </message>
    <message>
        <source>cannot create a conversation</source>
        <translation>impossible de créer une conversation</translation>
    </message>
    <message>
        <source>cannot rename conversation %1</source>
        <translation>impossible de renommer la conversation %1</translation>
    </message>
    <message>
        <source>cannot save the settings of conversation %1</source>
        <translation>impossible d&apos;enregistrer les paramètres de la conversation %1</translation>
    </message>
    <message>
        <source>cannot read the attachments of conversation %1</source>
        <translation>impossible de lire les pièces jointes de la conversation %1</translation>
    </message>
    <message>
        <source>cannot delete conversation %1</source>
        <translation>impossible de supprimer la conversation %1</translation>
    </message>
    <message>
        <source>A message&apos;s role must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;; got &quot;%1&quot;.</source>
        <translation>Le rôle d&apos;un message doit être &quot;user&quot;, &quot;assistant&quot; ou &quot;system&quot; ; reçu : &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: the image reference &quot;%2&quot; is not a SHA-256 digest</source>
        <translation>%1 : la référence d&apos;image &quot;%2&quot; n&apos;est pas une empreinte SHA-256</translation>
    </message>
    <message>
        <source>%1: the image is not in the image store %2</source>
        <translation>%1 : l&apos;image ne figure pas dans le magasin d&apos;images %2</translation>
    </message>
    <message>
        <source>cannot read message %1</source>
        <translation>impossible de lire le message %1</translation>
    </message>
    <message>
        <source>Message %1 belongs to another conversation; it cannot be the parent of a message in conversation %2.</source>
        <translation>Le message %1 appartient à une autre conversation ; il ne peut pas être le parent d&apos;un message de la conversation %2.</translation>
    </message>
    <message>
        <source>cannot save the message</source>
        <translation>impossible d&apos;enregistrer le message</translation>
    </message>
    <message>
        <source>cannot save message %1</source>
        <translation>impossible d&apos;enregistrer le message %1</translation>
    </message>
    <message>
        <source>cannot read the replies to message %1</source>
        <translation>impossible de lire les réponses au message %1</translation>
    </message>
    <message>
        <source>cannot read the attachments of message %1</source>
        <translation>impossible de lire les pièces jointes du message %1</translation>
    </message>
    <message>
        <source>cannot delete message %1</source>
        <translation>impossible de supprimer le message %1</translation>
    </message>
    <message>
        <source>Message %1 is not part of conversation %2.</source>
        <translation>Le message %1 ne fait pas partie de la conversation %2.</translation>
    </message>
    <message>
        <source>cannot switch the branch of conversation %1</source>
        <translation>impossible de changer de branche dans la conversation %1</translation>
    </message>
    <message>
        <source>Message %1 of %2: its id %3 is not positive or not unique.</source>
        <translation>Message %1 sur %2 : son identifiant %3 n&apos;est pas positif ou pas unique.</translation>
    </message>
    <message>
        <source>Message %1 (id %2): its parent %3 is not an earlier message of the conversation.</source>
        <translation>Message %1 (identifiant %2) : son parent %3 n&apos;est pas un message antérieur de la conversation.</translation>
    </message>
    <message>
        <source>Message %1 (id %2): the role must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;; got &quot;%3&quot;.</source>
        <translation>Message %1 (identifiant %2) : le rôle doit être &quot;user&quot;, &quot;assistant&quot; ou &quot;system&quot; ; reçu : &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Message %1 (id %2): the image %3 is not in the image store.</source>
        <translation>Message %1 (identifiant %2) : l&apos;image %3 ne figure pas dans le magasin d&apos;images.</translation>
    </message>
    <message>
        <source>The current message %1 is not one of the conversation&apos;s messages.</source>
        <translation>Le message actuel %1 ne fait pas partie des messages de la conversation.</translation>
    </message>
    <message>
        <source>cannot save a message</source>
        <translation>impossible d&apos;enregistrer un message</translation>
    </message>
    <message>
        <source>cannot save the messages</source>
        <translation>impossible d&apos;enregistrer les messages</translation>
    </message>
    <message>
        <source>cannot pin conversation %1</source>
        <translation>impossible d’épingler la conversation %1</translation>
    </message>
</context>
<context>
    <name>mdi::HttpConnection</name>
    <message numerus="yes">
        <source>The request body (%n byte(s)) did not arrive in time.</source>
        <translation>
            <numerusform>Le corps de la requête (%n octet) n&apos;est pas arrivé à temps.</numerusform>
            <numerusform>Le corps de la requête (%n octets) n&apos;est pas arrivé à temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 s.</source>
        <translation>L&apos;en-tête de la requête n&apos;est pas arrivé en %1 s.</translation>
    </message>
</context>
<context>
    <name>mdi::HttpRequestParser</name>
    <message>
        <source>The request line and header fields exceed %1 bytes.</source>
        <translation>La ligne de requête et les champs d&apos;en-tête dépassent %1 octets.</translation>
    </message>
    <message>
        <source>The request line is malformed; expected &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation>La ligne de requête est mal formée ; &quot;METHOD /path HTTP/1.1&quot; attendu.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Seuls HTTP/1.0 et HTTP/1.1 sont pris en charge.</translation>
    </message>
    <message>
        <source>The request target must be a path starting with &apos;/&apos;.</source>
        <translation>La cible de la requête doit être un chemin commençant par &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The request target contains characters that must be percent-encoded.</source>
        <translation>La cible de la requête contient des caractères qui doivent être encodés en pourcentage.</translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation>Les lignes d&apos;en-tête repliées ne sont pas acceptées.</translation>
    </message>
    <message>
        <source>A header line is malformed; expected &quot;Name: value&quot;.</source>
        <translation>Une ligne d&apos;en-tête est mal formée ; &quot;Name: value&quot; attendu.</translation>
    </message>
    <message>
        <source>A header value contains control characters.</source>
        <translation>Une valeur d&apos;en-tête contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The request has more than %1 header fields.</source>
        <translation>La requête contient plus de %1 champs d&apos;en-tête.</translation>
    </message>
    <message>
        <source>HTTP/1.1 requests must have a Host header.</source>
        <translation>Les requêtes HTTP/1.1 doivent avoir un en-tête Host.</translation>
    </message>
    <message>
        <source>Request bodies must be sent with a Content-Length; chunked transfer coding is not supported.</source>
        <translation>Les corps de requête doivent être envoyés avec un Content-Length ; le codage de transfert chunked n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>L&apos;en-tête Content-Length n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length values.</source>
        <translation>La requête contient des valeurs Content-Length contradictoires.</translation>
    </message>
    <message>
        <source>A %1 request needs a Content-Length header.</source>
        <translation>Une requête %1 nécessite un en-tête Content-Length.</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; at most %2 are accepted.</source>
        <translation>Le corps de la requête fait %1 octets ; au plus %2 sont acceptés.</translation>
    </message>
    <message>
        <source>Only &quot;Expect: 100-continue&quot; is supported.</source>
        <translation>Seul &quot;Expect: 100-continue&quot; est pris en charge.</translation>
    </message>
</context>
<context>
    <name>mdi::HttpServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <source>The server has too many open connections; try again later.</source>
        <translation>Le serveur a trop de connexions ouvertes ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server has too many open connections from %1; try again later.</source>
        <translation>Le serveur a trop de connexions ouvertes depuis %1 ; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>mdi::HubFileList</name>
    <message>
        <source>%1: the answer is not a JSON object (%2)</source>
        <translation>%1 : la réponse n&apos;est pas un objet JSON (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;sha&quot; is not a commit hash</source>
        <translation>%1 : &quot;sha&quot; n&apos;est pas un hash de commit</translation>
    </message>
    <message>
        <source>%1: &quot;siblings&quot; (the file list) is missing</source>
        <translation>%1 : &quot;siblings&quot; (la liste des fichiers) est absent</translation>
    </message>
    <message>
        <source>%1: unsafe file name &quot;%2&quot;</source>
        <translation>%1 : nom de fichier non sûr &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 has no valid LFS sha256</source>
        <translation>%1 : %2 n&apos;a pas de sha256 LFS valide</translation>
    </message>
    <message>
        <source>%1: %2 has no blob id (ask with ?blobs=true)</source>
        <translation>%1 : %2 n&apos;a pas d&apos;identifiant de blob (demandez avec ?blobs=true)</translation>
    </message>
    <message>
        <source>%1: %2 has no size</source>
        <translation>%1 : %2 n&apos;a pas de taille</translation>
    </message>
</context>
<context>
    <name>mdi::ImageDecoder</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1 : fichier introuvable (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1 : c&apos;est un dossier, pas un fichier image</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; image files over %3 MB are not accepted</source>
        <translation>%1 : le fichier fait %2 Mo ; les fichiers image de plus de %3 Mo ne sont pas acceptés</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes), not an image</source>
        <translation>%1 : le fichier est vide (0 octet), ce n&apos;est pas une image</translation>
    </message>
    <message>
        <source>%1: the image data is %2 MB; images over %3 MB are not accepted</source>
        <translation>%1 : les données de l&apos;image font %2 Mo ; les images de plus de %3 Mo ne sont pas acceptées</translation>
    </message>
    <message>
        <source>%1: not an image, or in a format that cannot be read (readable: %2)</source>
        <translation>%1 : ce n&apos;est pas une image, ou son format ne peut pas être lu (formats lisibles : %2)</translation>
    </message>
    <message>
        <source>%1: the image declares an empty size (%2 x %3 pixels)</source>
        <translation>%1 : l&apos;image déclare une taille vide (%2 x %3 pixels)</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels (%4 megapixels); at most %5 megapixels are accepted</source>
        <translation>%1 : l&apos;image fait %2 x %3 pixels (%4 mégapixels) ; au plus %5 mégapixels sont acceptés</translation>
    </message>
    <message>
        <source>%1: the JPEG data ends early (the file is truncated or damaged)</source>
        <translation>%1 : les données JPEG se terminent prématurément (le fichier est tronqué ou endommagé)</translation>
    </message>
    <message>
        <source>the data is too short to hold an image</source>
        <translation>les données sont trop courtes pour contenir une image</translation>
    </message>
    <message>
        <source>%1: cannot decode the image (%2); the file may be truncated or damaged</source>
        <translation>%1 : impossible de décoder l&apos;image (%2) ; le fichier est peut-être tronqué ou endommagé</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels; at most %4 megapixels are accepted</source>
        <translation>%1 : l&apos;image fait %2 x %3 pixels ; au plus %4 mégapixels sont acceptés</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device, pipe or socket)</source>
        <translation>%1 : ce n&apos;est pas un fichier ordinaire (un périphérique, un tube ou un socket)</translation>
    </message>
</context>
<context>
    <name>mdi::ImagePreprocessor</name>
    <message>
        <source>the image has no pixels (%1 x %2)</source>
        <translation>l&apos;image n&apos;a aucun pixel (%1 x %2)</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels; its aspect ratio %3:1 is above the limit of %4:1</source>
        <translation>l&apos;image fait %1 x %2 pixels ; son rapport d&apos;aspect %3:1 dépasse la limite de %4:1</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels, too large to resize</source>
        <translation>l&apos;image fait %1 x %2 pixels, elle est trop grande pour être redimensionnée</translation>
    </message>
    <message>
        <source>image from a data: URL</source>
        <translation>image provenant d&apos;une URL data:</translation>
    </message>
    <message>
        <source>not a data: URL (it must start with &quot;data:&quot;)</source>
        <translation>ce n&apos;est pas une URL data: (elle doit commencer par &quot;data:&quot;)</translation>
    </message>
    <message>
        <source>malformed data: URL: no comma before the data</source>
        <translation>URL data: mal formée : pas de virgule avant les données</translation>
    </message>
    <message>
        <source>only base64-encoded data: URLs are supported</source>
        <translation>seules les URL data: encodées en base64 sont prises en charge</translation>
    </message>
    <message>
        <source>the data: URL holds &quot;%1&quot;, not an image</source>
        <translation>l&apos;URL data: contient &quot;%1&quot;, pas une image</translation>
    </message>
    <message>
        <source>the data: URL holds over %1 MB; larger images are not accepted</source>
        <translation>l&apos;URL data: contient plus de %1 Mo ; les images plus grandes ne sont pas acceptées</translation>
    </message>
    <message>
        <source>malformed data: URL: the base64 data is invalid</source>
        <translation>URL data: mal formée : les données base64 ne sont pas valides</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>l&apos;image est vide</translation>
    </message>
</context>
<context>
    <name>mdi::ImageStore</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1 : fichier introuvable (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1 : c&apos;est un dossier, pas un fichier image</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; image files over %3 MB are not accepted</source>
        <translation>%1 : le fichier fait %2 Mo ; les fichiers image de plus de %3 Mo ne sont pas acceptés</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: images in %2 format are not accepted (accepted: PNG, JPEG, GIF, WebP, BMP, TIFF)</source>
        <translation>%1 : les images au format %2 ne sont pas acceptées (formats acceptés : PNG, JPEG, GIF, WebP, BMP, TIFF)</translation>
    </message>
    <message>
        <source>%1: the image format is not recognised</source>
        <translation>%1 : le format de l&apos;image n&apos;est pas reconnu</translation>
    </message>
    <message>
        <source>%1: cannot create the image folder %2</source>
        <translation>%1 : impossible de créer le dossier d&apos;images %2</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1 : impossible d&apos;écrire %2 : %3</translation>
    </message>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1 : l&apos;image est vide</translation>
    </message>
    <message>
        <source>%1: cannot encode the image as PNG: %2</source>
        <translation>%1 : impossible d&apos;encoder l&apos;image en PNG : %2</translation>
    </message>
</context>
<context>
    <name>mdi::ImageThumbnail</name>
    <message>
        <source>Missing image</source>
        <translation>Image manquante</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>%1 (%2): click to open at full size</source>
        <translation>%1 (%2) : cliquez pour l&apos;ouvrir en taille réelle</translation>
    </message>
    <message>
        <source>Image %1, %2</source>
        <translation>Image %1, %2</translation>
    </message>
    <message>
        <source>Opens the image at full size</source>
        <translation>Ouvre l&apos;image en taille réelle</translation>
    </message>
</context>
<context>
    <name>mdi::ImageViewerDialog</name>
    <message>
        <source>%1 (%2 × %3 pixels)</source>
        <translation>%1 (%2 × %3 pixels)</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>Impossible d&apos;afficher l&apos;image : %1</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Taille &amp;réelle</translation>
    </message>
    <message>
        <source>Switch between actual size and fit to window</source>
        <translation>Basculer entre la taille réelle et l&apos;ajustement à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
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
        <translation>Architecture</translation>
    </message>
    <message>
        <source>%1 (model_type %2)</source>
        <translation>%1 (model_type %2)</translation>
    </message>
    <message>
        <source>Text model</source>
        <translation>Modèle texte</translation>
    </message>
    <message>
        <source>%1 layers, hidden %2, %3 attention heads / %4 key-value heads (head dim %5), MLP %6, vocabulary %7</source>
        <translation>%1 couches, hidden %2, %3 têtes d&apos;attention / %4 têtes clé-valeur (dim. de tête %5), MLP %6, vocabulaire %7</translation>
    </message>
    <message>
        <source>Vision tower</source>
        <translation>Tour vision</translation>
    </message>
    <message>
        <source>%1 blocks, embed %2, %3 heads (head dim %4), MLP %5, patch %6 (temporal %7), merge %8x%8 -&gt; %9</source>
        <translation>%1 blocs, embed %2, %3 têtes (dim. de tête %4), MLP %5, patch %6 (temporel %7), fusion %8x%8 -&gt; %9</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>vision</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>embedding</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>décodeur</translation>
    </message>
    <message>
        <source>final norm</source>
        <translation>norme finale</translation>
    </message>
    <message>
        <source>head</source>
        <translation>tête</translation>
    </message>
    <message>
        <source>tied to the embedding (no lm_head.weight)</source>
        <translation>liée à l&apos;embedding (pas de lm_head.weight)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>sur disque</translation>
    </message>
    <message>
        <source>as bf16</source>
        <translation>en bf16</translation>
    </message>
    <message>
        <source>as f32</source>
        <translation>en f32</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>FAILED: not a usable Qwen2-VL checkpoint</source>
        <translation>ÉCHEC : ce n&apos;est pas un checkpoint Qwen2-VL utilisable</translation>
    </message>
    <message>
        <source>Describes a Qwen2-VL checkpoint folder and checks that its weights match its configuration.</source>
        <translation>Décrit un dossier de checkpoint Qwen2-VL et vérifie que ses poids correspondent à sa configuration.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Prints the report as JSON.</source>
        <translation>Affiche le rapport en JSON.</translation>
    </message>
    <message>
        <source>The checkpoint folder: config.json, preprocessor_config.json and model.safetensors or shards with model.safetensors.index.json.</source>
        <translation>Le dossier du checkpoint : config.json, preprocessor_config.json et model.safetensors ou des shards avec model.safetensors.index.json.</translation>
    </message>
    <message>
        <source>%1: expects exactly one checkpoint folder; see --help</source>
        <translation>%1 : attend exactement un dossier de checkpoint ; voir --help</translation>
    </message>
    <message>
        <source>%1: %2 is not a usable Qwen2-VL checkpoint</source>
        <translation>%1 : %2 n&apos;est pas un checkpoint Qwen2-VL utilisable</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 octets (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n couche</numerusform>
            <numerusform>%n couches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 dans %n fichier</numerusform>
            <numerusform>%1 dans %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes, %n tensor(s)</source>
        <translation>
            <numerusform>%1 octets, %n tenseur</numerusform>
            <numerusform>%1 octets, %n tenseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK: %n tensor(s) match config.json</source>
        <translation>
            <numerusform>OK : %n tenseur correspond à config.json</numerusform>
            <numerusform>OK : %n tenseurs correspondent à config.json</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::JsonSchema</name>
    <message>
        <source>%1: the schema must describe an object ({&quot;type&quot;: &quot;object&quot;, ...}), as OpenAI requires</source>
        <translation>%1 : le schéma doit décrire un objet ({&quot;type&quot;: &quot;object&quot;, ...}), comme OpenAI l&apos;exige</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not supported; the supported subset of JSON Schema is type (object, array, string, number, integer, boolean, null), properties, required, additionalProperties, items, enum, const, minimum, maximum, exclusiveMinimum and exclusiveMaximum</source>
        <translation>%1 : &apos;%2&apos; n&apos;est pas pris en charge ; le sous-ensemble de JSON Schema pris en charge est type (object, array, string, number, integer, boolean, null), properties, required, additionalProperties, items, enum, const, minimum, maximum, exclusiveMinimum et exclusiveMaximum</translation>
    </message>
    <message>
        <source>%1: the schema has more than %2 parts</source>
        <translation>%1 : le schéma a plus de %2 parties</translation>
    </message>
    <message>
        <source>%1: type &apos;%2&apos; is not a JSON Schema type (object, array, string, number, integer, boolean, null)</source>
        <translation>%1 : le type &apos;%2&apos; n&apos;est pas un type JSON Schema (object, array, string, number, integer, boolean, null)</translation>
    </message>
    <message>
        <source>%1: &apos;type&apos; names no type</source>
        <translation>%1 : &apos;type&apos; ne nomme aucun type</translation>
    </message>
    <message>
        <source>%1: &apos;type&apos; must be a string or a list of strings</source>
        <translation>%1 : &apos;type&apos; doit être une chaîne ou une liste de chaînes</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a number</source>
        <translation>%1 : &apos;%2&apos; doit être un nombre</translation>
    </message>
    <message>
        <source>%1: no integer lies within &apos;minimum&apos; and &apos;maximum&apos;</source>
        <translation>%1 : aucun entier ne se trouve entre &apos;minimum&apos; et &apos;maximum&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;enum&apos; must be a list of values</source>
        <translation>%1 : &apos;enum&apos; doit être une liste de valeurs</translation>
    </message>
    <message>
        <source>%1: enum and const values must be strings, numbers, booleans or null</source>
        <translation>%1 : les valeurs de enum et const doivent être des chaînes, des nombres, des booléens ou null</translation>
    </message>
    <message>
        <source>%1: no value of &apos;enum&apos;/&apos;const&apos; is allowed by the schema</source>
        <translation>%1 : le schéma n&apos;autorise aucune valeur de &apos;enum&apos;/&apos;const&apos;</translation>
    </message>
    <message>
        <source>%1: the schema has no &apos;type&apos; (every part of the schema needs a type, an enum or a const)</source>
        <translation>%1 : le schéma n&apos;a pas de &apos;type&apos; (chaque partie du schéma a besoin d&apos;un type, d&apos;un enum ou d&apos;un const)</translation>
    </message>
    <message>
        <source>%1: objects and arrays are nested more than %2 deep</source>
        <translation>%1 : objets et tableaux sont imbriqués sur plus de %2 niveaux</translation>
    </message>
    <message>
        <source>%1: &apos;properties&apos; must be an object</source>
        <translation>%1 : &apos;properties&apos; doit être un objet</translation>
    </message>
    <message>
        <source>%1: the object has %2 properties; at most %3 are supported</source>
        <translation>%1 : l&apos;objet a %2 propriétés ; au plus %3 sont prises en charge</translation>
    </message>
    <message>
        <source>%1: &apos;additionalProperties&apos; must be a boolean or a schema</source>
        <translation>%1 : &apos;additionalProperties&apos; doit être un booléen ou un schéma</translation>
    </message>
    <message>
        <source>%1.properties.%2 must be a schema (an object)</source>
        <translation>%1.properties.%2 doit être un schéma (un objet)</translation>
    </message>
    <message>
        <source>%1: the property name &apos;%2...&apos; is longer than 255 bytes</source>
        <translation>%1 : le nom de propriété &apos;%2...&apos; dépasse 255 octets</translation>
    </message>
    <message>
        <source>%1: &apos;required&apos; must be a list of property names</source>
        <translation>%1 : &apos;required&apos; doit être une liste de noms de propriétés</translation>
    </message>
    <message>
        <source>%1: &apos;required&apos; names &apos;%2&apos;, which is not in &apos;properties&apos;</source>
        <translation>%1 : &apos;required&apos; nomme &apos;%2&apos;, qui n&apos;est pas dans &apos;properties&apos;</translation>
    </message>
    <message>
        <source>%1: an array needs &apos;items&apos;, one schema for every item</source>
        <translation>%1 : un tableau a besoin de &apos;items&apos;, un schéma pour chaque élément</translation>
    </message>
</context>
<context>
    <name>mdi::LoadProgress</name>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
    <message>
        <source>layers %1–%2</source>
        <translation>couches %1–%2</translation>
    </message>
    <message>
        <source>Reading the model…</source>
        <translation>Lecture du modèle…</translation>
    </message>
    <message>
        <source>Checking %1 for %2: %3 / %4 MB</source>
        <translation>Vérification de %1 pour %2 : %3 / %4 Mo</translation>
    </message>
    <message>
        <source>Asking %1 which weights of %2 it needs…</source>
        <translation>Demande à %1 des poids de %2 qui lui manquent…</translation>
    </message>
    <message>
        <source>Sending %1 to %2: %3 / %4 MB</source>
        <translation>Envoi de %1 à %2 : %3 / %4 Mo</translation>
    </message>
    <message>
        <source>%1 already has the weights of %2</source>
        <translation>%1 a déjà les poids de %2</translation>
    </message>
    <message>
        <source>%1 is loading %2…</source>
        <translation>%1 charge %2…</translation>
    </message>
    <message>
        <source>Loading %1 on this computer (stage %2 of %3)…</source>
        <translation>Chargement de %1 sur cet ordinateur (étage %2 sur %3)…</translation>
    </message>
</context>
<context>
    <name>mdi::LoadStageMessage</name>
    <message>
        <source>[%1, %2) is not a layer range</source>
        <translation>[%1, %2) n&apos;est pas une plage de couches</translation>
    </message>
    <message>
        <source>must be between 1 and %1, not %2</source>
        <translation>doit être compris entre 1 et %1, pas %2</translation>
    </message>
    <message>
        <source>has a negative dimension</source>
        <translation>a une dimension négative</translation>
    </message>
    <message>
        <source>is out of range: %1</source>
        <translation>est hors limites : %1</translation>
    </message>
</context>
<context>
    <name>mdi::LoadStageReplyMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>est hors limites : %1</translation>
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
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contexte utilisé</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Nouvelle conversation</translation>
    </message>
    <message>
        <source>&amp;Import Conversation…</source>
        <translation>&amp;Importer une conversation…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Attach Images…</source>
        <translation>&amp;Joindre des images…</translation>
    </message>
    <message>
        <source>Go to &amp;Message</source>
        <translation>Aller au &amp;message</translation>
    </message>
    <message>
        <source>S&amp;top Generating</source>
        <translation>&amp;Arrêter la génération</translation>
    </message>
    <message>
        <source>&amp;Regenerate Last Answer</source>
        <translation>Ré&amp;générer la dernière réponse</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About MDI Chat</source>
        <translation>À &amp;propos de MDI Chat</translation>
    </message>
    <message>
        <source>About MDI Chat</source>
        <translation>À propos de MDI Chat</translation>
    </message>
    <message>
        <source>&lt;b&gt;MDI Chat %1&lt;/b&gt;&lt;p&gt;Local multimodal chat with Qwen2-VL, distributed over the machines on your network.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MDI Chat %1&lt;/b&gt;&lt;p&gt;Chat multimodal local avec Qwen2-VL, réparti sur les machines de votre réseau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Released under the %1 License.</source>
        <translation>Publié sous la licence %1.</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>Context %1 / %2</source>
        <translation>Contexte %1 / %2</translation>
    </message>
    <message>
        <source>Tokens of the model&apos;s context this conversation uses</source>
        <translation>Tokens du contexte du modèle utilisés par cette conversation</translation>
    </message>
    <message>
        <source>The answer failed: %1</source>
        <translation>La réponse a échoué : %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Layers %1 on this computer</source>
        <translation>Couches %1 sur cet ordinateur</translation>
    </message>
    <message>
        <source>Delete Conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with all its messages and images? This cannot be undone.</source>
        <translation>Supprimer « %1 » avec tous ses messages et images ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <source>MDI Chat conversation (*.json)</source>
        <translation>Conversation MDI Chat (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportée vers %1</translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation>Importer une conversation</translation>
    </message>
    <message>
        <source>MDI Chat conversation (*.json);;All files (*)</source>
        <translation>Conversation MDI Chat (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n couche</numerusform>
            <numerusform>%n couches</numerusform>
        </translation>
    </message>
    <message>
        <source>Which host runs which decoder layers (View &gt; Peers)</source>
        <translation>Quel hôte exécute quelles couches du décodeur (Affichage &gt; Pairs)</translation>
    </message>
    <message numerus="yes">
        <source>Layers %1 in %n local stage(s)</source>
        <translation>
            <numerusform>Couches %1 sur %n étage local</numerusform>
            <numerusform>Couches %1 sur %n étages locaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>%1
%2 of weights, loaded in %3 s
%4</source>
        <translation>%1
%2 de poids, chargé en %3 s
%4</translation>
    </message>
    <message>
        <source>Your message and what followed it were deleted.</source>
        <translation>Votre message et ce qui le suivait ont été supprimés.</translation>
    </message>
    <message>
        <source>The answer was deleted, with anything that followed it.</source>
        <translation>La réponse a été supprimée, avec tout ce qui la suivait.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Bring the deleted messages back (for %n second(s))</source>
        <translation>
            <numerusform>Rétablir les messages supprimés (pendant %n seconde)</numerusform>
            <numerusform>Rétablir les messages supprimés (pendant %n secondes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Local API on port %1</source>
        <translation>API locale sur le port %1</translation>
    </message>
    <message>
        <source>OpenAI-compatible API at %1/v1 for programs on this computer</source>
        <translation>API compatible OpenAI à l’adresse %1/v1 pour les programmes de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>mdi::MakeRandomCommand</name>
    <message>
        <source>Writes a Qwen2-VL checkpoint folder with random weights of a real model&apos;s shapes, for benchmarks and tests. Values: Linear weights ~ N(0, 1/fan_in), embedding and biases ~ N(0, 0.02^2), norm weights ~ 1 + N(0, 0.1^2); the same seed gives the same bytes.</source>
        <translation>Écrit un dossier de checkpoint Qwen2-VL avec des poids aléatoires aux formes d&apos;un vrai modèle, pour les benchmarks et les tests. Valeurs : poids Linear ~ N(0, 1/fan_in), embedding et biais ~ N(0, 0.02^2), poids de normalisation ~ 1 + N(0, 0.1^2) ; la même graine donne les mêmes octets.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>2b or 7b (the released Instruct models), tiny (the configuration of the --tokenizer-from checkpoint), or the path of a config.json.</source>
        <translation>2b ou 7b (les modèles Instruct publiés), tiny (la configuration du checkpoint de --tokenizer-from) ou le chemin d&apos;un config.json.</translation>
    </message>
    <message>
        <source>The folder to write (new or empty).</source>
        <translation>Le dossier à écrire (nouveau ou vide).</translation>
    </message>
    <message>
        <source>Storage dtype: bf16 (default) or f32.</source>
        <translation>Dtype de stockage : bf16 (par défaut) ou f32.</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>Graine aléatoire (par défaut 0).</translation>
    </message>
    <message>
        <source>A Qwen2-VL checkpoint or tokenizer folder whose tokenizer files are copied (tokenizer.json, tokenizer_config.json, vocab.json, merges.txt, chat_template.json). Required unless --shape names a config.json with tokenizer files beside it.</source>
        <translation>Un dossier de checkpoint ou de tokeniseur Qwen2-VL dont les fichiers du tokeniseur sont copiés (tokenizer.json, tokenizer_config.json, vocab.json, merges.txt, chat_template.json). Obligatoire sauf si --shape désigne un config.json accompagné de fichiers de tokeniseur.</translation>
    </message>
    <message>
        <source>Overrides the number of decoder layers (quick tests of a big shape).</source>
        <translation>Remplace le nombre de couches du décodeur (tests rapides d&apos;une grande forme).</translation>
    </message>
    <message>
        <source>Largest weight file, as transformers counts it: 2GB (default), 500MB, 1GiB or bytes. A checkpoint that fits in one is written as model.safetensors.</source>
        <translation>Plus grand fichier de poids, compté comme le fait transformers : 2GB (par défaut), 500MB, 1GiB ou en octets. Un checkpoint qui tient dans un seul fichier est écrit sous le nom model.safetensors.</translation>
    </message>
    <message>
        <source>Write into a folder that is not empty, replacing a checkpoint there.</source>
        <translation>Écrire dans un dossier non vide, en remplaçant le checkpoint qui s&apos;y trouve.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation>argument inattendu &apos;%1&apos; ; voir --help</translation>
    </message>
    <message>
        <source>--shape and --out are required; see --help</source>
        <translation>--shape et --out sont obligatoires ; voir --help</translation>
    </message>
    <message>
        <source>--dtype must be bf16 or f32, not &apos;%1&apos;</source>
        <translation>--dtype doit valoir bf16 ou f32, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer, not &apos;%1&apos;</source>
        <translation>--seed attend un entier non négatif, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-shard-size needs a size such as 2GB, 500MB or 1000000, not &apos;%1&apos;</source>
        <translation>--max-shard-size attend une taille comme 2GB, 500MB ou 1000000, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--tokenizer-from %1: no tokenizer.json there</source>
        <translation>--tokenizer-from %1 : aucun tokenizer.json à cet endroit</translation>
    </message>
    <message>
        <source>--shape %1 needs --tokenizer-from DIR: a folder with the Qwen2-VL tokenizer files (tokenizer.json, tokenizer_config.json, ...), such as a downloaded Qwen2-VL checkpoint</source>
        <translation>--shape %1 nécessite --tokenizer-from DIR : un dossier contenant les fichiers du tokeniseur Qwen2-VL (tokenizer.json, tokenizer_config.json, ...), par exemple un checkpoint Qwen2-VL téléchargé</translation>
    </message>
    <message>
        <source>--shape tiny takes the configuration and tokenizer of the checkpoint given with --tokenizer-from DIR (the test fixture&apos;s qwen2vl-tiny/checkpoint)</source>
        <translation>--shape tiny reprend la configuration et le tokeniseur du checkpoint indiqué avec --tokenizer-from DIR (qwen2vl-tiny/checkpoint des fixtures de test)</translation>
    </message>
    <message>
        <source>%1 has no tokenizer files beside it; give --tokenizer-from DIR (a folder with the Qwen2-VL tokenizer.json)</source>
        <translation>%1 n&apos;est accompagné d&apos;aucun fichier de tokeniseur ; indiquez --tokenizer-from DIR (un dossier contenant le tokenizer.json de Qwen2-VL)</translation>
    </message>
    <message>
        <source>--shape must be 2b, 7b, tiny or the path of a config.json, not &apos;%1&apos;</source>
        <translation>--shape doit valoir 2b, 7b, tiny ou le chemin d&apos;un config.json, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--layers needs a positive number, not &apos;%1&apos;</source>
        <translation>--layers attend un nombre positif, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>writing %1 (%2 of %3 MB written)</source>
        <translation>écriture de %1 (%2 Mo sur %3 écrits)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 tensors, %3 parameters, %4 bytes of %5 weights in %n file(s), seed %6, in %7 s (%8 MB/s)</source>
        <translation>
            <numerusform>%1 écrit : %2 tenseurs, %3 paramètres, %4 octets de poids %5 dans %n fichier, graine %6, en %7 s (%8 Mo/s)</numerusform>
            <numerusform>%1 écrit : %2 tenseurs, %3 paramètres, %4 octets de poids %5 dans %n fichiers, graine %6, en %7 s (%8 Mo/s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::MarkdownView</name>
    <message>
        <source>Answer text</source>
        <translation>Texte de la réponse</translation>
    </message>
</context>
<context>
    <name>mdi::MessageWidget</name>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Previous version of this question</source>
        <translation>Version précédente de cette question</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>Réponse précédente</translation>
    </message>
    <message>
        <source>Show the previous version of this question</source>
        <translation>Afficher la version précédente de cette question</translation>
    </message>
    <message>
        <source>Show the previous answer</source>
        <translation>Afficher la réponse précédente</translation>
    </message>
    <message>
        <source>Next version of this question</source>
        <translation>Version suivante de cette question</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>Réponse suivante</translation>
    </message>
    <message>
        <source>Show the next version of this question</source>
        <translation>Afficher la version suivante de cette question</translation>
    </message>
    <message>
        <source>Show the next answer</source>
        <translation>Afficher la réponse suivante</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>Copier votre message</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>Copier la réponse</translation>
    </message>
    <message>
        <source>Edit and resend (the current version stays in the history)</source>
        <translation>Modifier et renvoyer (la version actuelle reste dans l&apos;historique)</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <source>Write another answer (this one stays available)</source>
        <translation>Écrire une autre réponse (celle-ci reste disponible)</translation>
    </message>
    <message>
        <source>Regenerate the answer</source>
        <translation>Régénérer la réponse</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>Supprimer ce message et ce qui le suit</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Your message text</source>
        <translation>Texte de votre message</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source> · %1 tokens/s</source>
        <translation> · %1 tokens/s</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Stopped · %1</source>
        <translation>Arrêtée · %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Message state</source>
        <translation>État du message</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 sur %2</translation>
    </message>
    <message>
        <source>Edited message</source>
        <translation>Message modifié</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the edited message</source>
        <translation>Envoyer le message modifié</translation>
    </message>
    <message>
        <source>Send as a new version (Enter); the current one stays in the history</source>
        <translation>Envoyer comme nouvelle version (Entrée) ; la version actuelle reste dans l&apos;historique</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
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
        <translation>Poursuivre cette réponse là où elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>Poursuivre la réponse</translation>
    </message>
    <message>
        <source>Start a new conversation with the messages up to this one</source>
        <translation>Commencer une nouvelle conversation avec les messages jusqu&apos;à celui-ci</translation>
    </message>
    <message>
        <source>Fork the conversation here</source>
        <translation>Dériver la conversation ici</translation>
    </message>
</context>
<context>
    <name>mdi::ModelConfig</name>
    <message>
        <source>%1: not a folder</source>
        <translation>%1 : ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>%1: field &apos;model_type&apos; is &apos;%2&apos;; MDI Chat runs Qwen2-VL (&apos;qwen2_vl&apos;) checkpoints</source>
        <translation>%1 : le champ &apos;model_type&apos; vaut &apos;%2&apos; ; MDI Chat exécute des checkpoints Qwen2-VL (&apos;qwen2_vl&apos;)</translation>
    </message>
    <message>
        <source>%1: special token id %2 lies outside the vocabulary (%3)</source>
        <translation>%1 : l&apos;identifiant de token spécial %2 est en dehors du vocabulaire (%3)</translation>
    </message>
    <message>
        <source>%1: field &apos;vision_config&apos; is missing</source>
        <translation>%1 : le champ &apos;vision_config&apos; est absent</translation>
    </message>
    <message>
        <source>is missing (Qwen2-VL needs mrope_section)</source>
        <translation>est absent (Qwen2-VL nécessite mrope_section)</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, expected &apos;mrope&apos;</source>
        <translation>vaut &apos;%1&apos;, &apos;mrope&apos; attendu</translation>
    </message>
    <message>
        <source>must have three entries (t, h, w), has %1</source>
        <translation>doit avoir trois entrées (t, h, w), en a %1</translation>
    </message>
    <message>
        <source>entries must be positive</source>
        <translation>doit avoir des entrées positives</translation>
    </message>
    <message>
        <source>must be positive, is %1</source>
        <translation>doit être positif, vaut %1</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_attention_heads (%2)</source>
        <translation>(%1) n&apos;est pas divisible par num_attention_heads (%2)</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_key_value_heads (%2)</source>
        <translation>(%1) n&apos;est pas divisible par num_key_value_heads (%2)</translation>
    </message>
    <message>
        <source>sums to %1 but head_dim / 2 is %2 (head_dim = hidden_size / num_attention_heads = %3)</source>
        <translation>a pour somme %1 mais head_dim / 2 vaut %2 (head_dim = hidden_size / num_attention_heads = %3)</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; Qwen2-VL uses &apos;silu&apos;</source>
        <translation>vaut &apos;%1&apos; ; Qwen2-VL utilise &apos;silu&apos;</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>doit être positif</translation>
    </message>
    <message>
        <source>(%1) is not divisible by num_heads (%2)</source>
        <translation>(%1) n&apos;est pas divisible par num_heads (%2)</translation>
    </message>
    <message>
        <source>gives a head size of %1; the 2-D rotary needs a multiple of 4</source>
        <translation>donne une taille de tête de %1 ; le codage rotatif 2D nécessite un multiple de 4</translation>
    </message>
    <message>
        <source>(%1, the merger output) differs from the text hidden_size (%2)</source>
        <translation>(%1, la sortie du merger) diffère du hidden_size du modèle texte (%2)</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; Qwen2-VL&apos;s vision tower uses &apos;quick_gelu&apos;</source>
        <translation>vaut &apos;%1&apos; ; la tour de vision de Qwen2-VL utilise &apos;quick_gelu&apos;</translation>
    </message>
    <message>
        <source>must have 3 entries</source>
        <translation>doit avoir 3 entrées</translation>
    </message>
    <message>
        <source>must be at least min_pixels (%1), is %2</source>
        <translation>doit être au moins égal à min_pixels (%1), vaut %2</translation>
    </message>
    <message>
        <source>(%1) differs from the vision config (%2)</source>
        <translation>(%1) diffère de la configuration de vision (%2)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>must be in (0, 1]</source>
        <translation>doit être dans (0, 1]</translation>
    </message>
    <message>
        <source>must be in [0, 1]</source>
        <translation>doit être dans [0, 1]</translation>
    </message>
    <message>
        <source>must not be negative, is %1</source>
        <translation>ne doit pas être négatif, vaut %1</translation>
    </message>
    <message>
        <source>must be at least %1, is %2</source>
        <translation>doit valoir au moins %1, vaut %2</translation>
    </message>
    <message>
        <source>is %1, more than the %2 this program accepts</source>
        <translation>vaut %1, plus que les %2 qu&apos;accepte ce programme</translation>
    </message>
    <message>
        <source>is %1, must be more than %2 and at most %3</source>
        <translation>vaut %1, doit être supérieur à %2 et au plus %3</translation>
    </message>
    <message>
        <source>has the entry %1, more than the %2 this program accepts</source>
        <translation>contient l&apos;entrée %1, plus que les %2 qu&apos;accepte ce programme</translation>
    </message>
    <message>
        <source>(%1) makes an MLP wider than the %2 this program accepts</source>
        <translation>(%1) donne un MLP plus large que les %2 qu&apos;accepte ce programme</translation>
    </message>
    <message>
        <source>entries must be finite numbers</source>
        <translation>les entrées doivent être des nombres finis</translation>
    </message>
    <message>
        <source>lists %1 ids, more than the %2 this program accepts</source>
        <translation>liste %1 identifiants, plus que les %2 qu&apos;accepte ce programme</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
</context>
<context>
    <name>mdi::ModelDownloader</name>
    <message>
        <source>Cannot download &quot;%1&quot; from &quot;%2&quot;: give a repository as organisation/name and an http(s) base URL</source>
        <translation>Impossible de télécharger « %1 » depuis « %2 » : indiquez un dépôt sous la forme organisation/nom et une URL de base http(s)</translation>
    </message>
    <message>
        <source>%1: 401 Unauthorized. The repository needs a login: set HF_TOKEN to an access token.</source>
        <translation>%1 : 401 Unauthorized. Le dépôt exige une connexion : définissez HF_TOKEN avec un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>%1: 403 Forbidden. Accept the model&apos;s licence on its hub page, or check that the access token (HF_TOKEN) may read it.</source>
        <translation>%1 : 403 Forbidden. Acceptez la licence du modèle sur sa page du hub, ou vérifiez que le jeton d&apos;accès (HF_TOKEN) a le droit de le lire.</translation>
    </message>
    <message>
        <source>%1: 404 Not Found. Check the repository name and revision.</source>
        <translation>%1 : 404 Not Found. Vérifiez le nom du dépôt et la révision.</translation>
    </message>
    <message>
        <source>%1: 416 Range Not Satisfiable.</source>
        <translation>%1 : 416 Range Not Satisfiable.</translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3</source>
        <translation>%1 : le serveur a répondu %2 %3</translation>
    </message>
    <message>
        <source>%1: timed out: no data for %2 s. Run the download again to resume it.</source>
        <translation>%1 : délai dépassé : aucune donnée pendant %2 s. Relancez le téléchargement pour le reprendre.</translation>
    </message>
    <message>
        <source>%1: no network connection (%2)</source>
        <translation>%1 : pas de connexion réseau (%2)</translation>
    </message>
    <message>
        <source>%1: the TLS certificate could not be verified (%2)</source>
        <translation>%1 : le certificat TLS n&apos;a pas pu être vérifié (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder (permissions?)</source>
        <translation>%1 : impossible de créer le dossier (permissions ?)</translation>
    </message>
    <message>
        <source>Not enough disk space in %1: the download needs %2, %3 are free.</source>
        <translation>Espace disque insuffisant dans %1 : le téléchargement nécessite %2, %3 sont libres.</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the partial download</source>
        <translation>%1 : impossible de lire le téléchargement partiel</translation>
    </message>
    <message>
        <source>%1: cannot write (%2; is the disk full?)</source>
        <translation>%1 : écriture impossible (%2 ; le disque est-il plein ?)</translation>
    </message>
    <message>
        <source>%1: received %2 bytes, the hub lists %3</source>
        <translation>%1 : %2 octets reçus, le hub en indique %3</translation>
    </message>
    <message>
        <source>%1: the file is corrupt: its %2 is %3, the hub publishes %4 (tried %5 times)</source>
        <translation>%1 : le fichier est corrompu : son %2 vaut %3, le hub publie %4 (%5 tentatives)</translation>
    </message>
    <message>
        <source>%1: cannot move into place (%2)</source>
        <translation>%1 : impossible de le mettre en place (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the link into blobs/</source>
        <translation>%1 : impossible de créer le lien vers blobs/</translation>
    </message>
</context>
<context>
    <name>mdi::ModelManagerDialog</name>
    <message>
        <source>Cancel Download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Use This Model</source>
        <translation>&amp;Utiliser ce modèle</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Models found</source>
        <translation>Modèles trouvés</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation>Dtype</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Download cancelled. Start it again to continue where it stopped.</source>
        <translation>Téléchargement annulé. Relancez-le pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>&amp;Download %1 (%2)</source>
        <translation>&amp;Télécharger %1 (%2)</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Télécharger %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Défectueux</translation>
    </message>
    <message>
        <source>Choose the model to chat with, add a folder that holds one, or download one.</source>
        <translation>Choisissez le modèle avec lequel discuter, ajoutez un dossier qui en contient un, ou téléchargez-en un.</translation>
    </message>
    <message>
        <source>No Qwen2-VL model was found on this computer. MDI Chat needs one to answer: download %1 (%2) from %3, or choose a folder that holds a checkpoint (config.json and *.safetensors).</source>
        <translation>Aucun modèle Qwen2-VL n&apos;a été trouvé sur cet ordinateur. MDI Chat en a besoin pour répondre : téléchargez %1 (%2) depuis %3, ou choisissez un dossier contenant un checkpoint (config.json et *.safetensors).</translation>
    </message>
    <message>
        <source>Choose the Model Folder</source>
        <translation>Choisir le dossier du modèle</translation>
    </message>
    <message>
        <source>Asking %1 for the files of %2…</source>
        <translation>Demande à %1 des fichiers de %2…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, environ %1 s restantes</translation>
    </message>
    <message>
        <source> — %1 (file %2 of %3)</source>
        <translation> — %1 (fichier %2 sur %3)</translation>
    </message>
    <message>
        <source>The download finished but the model cannot be used: %1</source>
        <translation>Le téléchargement est terminé, mais le modèle ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <source>Downloaded to %1.</source>
        <translation>Téléchargé dans %1.</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Échec du téléchargement : %1</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>The model chat answers with (Settings &gt; Model folder)</source>
        <translation>Le modèle avec lequel le chat répond (Paramètres &gt; Dossier du modèle)</translation>
    </message>
    <message>
        <source>Needs about %1 of memory; this computer has %2.</source>
        <translation>Nécessite environ %1 de mémoire ; cet ordinateur en a %2.</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Tient</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>Close other programs, or choose 8-bit or 4-bit precision in Settings.</source>
        <translation>Fermez d’autres programmes, ou choisissez une précision 8 bits ou 4 bits dans les Paramètres.</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Trop grand</translation>
    </message>
    <message>
        <source>Choose 4-bit precision in Settings, or put some layers on peers.</source>
        <translation>Choisissez une précision 4 bits dans les Paramètres, ou placez des couches sur des pairs.</translation>
    </message>
</context>
<context>
    <name>mdi::ModelPrompt</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Find or Download a Model…</source>
        <translation>Trouver ou télécharger un modèle…</translation>
    </message>
    <message>
        <source>Find or download a model</source>
        <translation>Trouver ou télécharger un modèle</translation>
    </message>
    <message>
        <source>Choose a model to start</source>
        <translation>Choisissez un modèle pour commencer</translation>
    </message>
    <message>
        <source>MDI Chat runs Qwen2-VL on this computer. Download Qwen2-VL-2B-Instruct (about 4.4 GB) with one click, or choose a folder that holds a model: config.json, the tokenizer files and the *.safetensors weights.</source>
        <translation>MDI Chat exécute Qwen2-VL sur cet ordinateur. Téléchargez Qwen2-VL-2B-Instruct (environ 4,4 Go) en un clic, ou choisissez un dossier contenant un modèle : config.json, les fichiers du tokeniseur et les poids *.safetensors.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Reading %1. You can write your first message meanwhile.</source>
        <translation>Lecture de %1. Vous pouvez écrire votre premier message en attendant.</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Le modèle n&apos;a pas pu être chargé</translation>
    </message>
</context>
<context>
    <name>mdi::ModelRegistry</name>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1 : le dossier n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>mdi::ModelsCommand</name>
    <message>
        <source>Lists the Qwen2-VL checkpoints in the Hugging Face cache and in model folders.</source>
        <translation>Liste les checkpoints Qwen2-VL du cache Hugging Face et des dossiers de modèles.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Also look at this checkpoint folder.</source>
        <translation>Examiner aussi ce dossier de checkpoint.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The hub cache to search (default: %1).</source>
        <translation>Le cache du hub dans lequel chercher (par défaut : %1).</translation>
    </message>
    <message>
        <source>Hub cache: %1
</source>
        <translation>Cache du hub : %1
</translation>
    </message>
    <message>
        <source>No Qwen2-VL checkpoint found. Download one with: mdi-run download Qwen/Qwen2-VL-2B-Instruct
</source>
        <translation>Aucun checkpoint Qwen2-VL trouvé. Téléchargez-en un avec : mdi-run download Qwen/Qwen2-VL-2B-Instruct
</translation>
    </message>
    <message>
        <source>  folder:     %1
</source>
        <translation>  dossier :    %1
</translation>
    </message>
    <message>
        <source>  size:       %1
</source>
        <translation>  taille :     %1
</translation>
    </message>
    <message>
        <source>  parameters: %1
</source>
        <translation>  paramètres : %1
</translation>
    </message>
    <message>
        <source>  dtype:      %1
</source>
        <translation>  dtype :      %1
</translation>
    </message>
    <message>
        <source>  status:     ready
</source>
        <translation>  état :       prêt
</translation>
    </message>
    <message>
        <source>  status:     broken: %1
</source>
        <translation>  état :       défectueux : %1
</translation>
    </message>
</context>
<context>
    <name>mdi::NodeIdentity</name>
    <message>
        <source>Cannot read the node identity file %1.</source>
        <translation>Impossible de lire le fichier d&apos;identité du nœud %1.</translation>
    </message>
    <message>
        <source>The node identity file %1 is damaged.</source>
        <translation>Le fichier d&apos;identité du nœud %1 est endommagé.</translation>
    </message>
    <message>
        <source>The node id &apos;%1&apos; in %2 is not valid; remove the file to make a new identity.</source>
        <translation>L&apos;identifiant de nœud &apos;%1&apos; dans %2 n&apos;est pas valide ; supprimez le fichier pour créer une nouvelle identité.</translation>
    </message>
    <message>
        <source>The pairing code in %1 is damaged: %2</source>
        <translation>Le code d&apos;appairage dans %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the node identity file %1.</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;identité du nœud %1.</translation>
    </message>
</context>
<context>
    <name>mdi::NodeService</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>%1 refusé : %2</translation>
    </message>
    <message>
        <source>%1 (%2) connected</source>
        <translation>%1 (%2) connecté</translation>
    </message>
    <message>
        <source>%1 disconnected: %2</source>
        <translation>%1 déconnecté : %2</translation>
    </message>
    <message>
        <source>%1 before Hello</source>
        <translation>%1 avant Hello</translation>
    </message>
    <message>
        <source>The coordinator speaks protocol version %1, this node %2.</source>
        <translation>Le coordinateur parle la version %1 du protocole, ce nœud la version %2.</translation>
    </message>
    <message>
        <source>A node does not take %1 messages.</source>
        <translation>Un nœud n&apos;accepte pas les messages %1.</translation>
    </message>
    <message>
        <source>This connection already has a stage.</source>
        <translation>Cette connexion a déjà un étage.</translation>
    </message>
    <message>
        <source>The model&apos;s config.json does not parse: %1</source>
        <translation>Le config.json du modèle ne peut pas être analysé : %1</translation>
    </message>
    <message>
        <source>Layers %1-%2 are not a range of this model&apos;s %3 layers.</source>
        <translation>Les couches %1-%2 ne forment pas une plage des %3 couches de ce modèle.</translation>
    </message>
    <message>
        <source>Unknown compute dtype &apos;%1&apos;.</source>
        <translation>Dtype de calcul inconnu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 is not a tensor of these layers</source>
        <translation>%1 n&apos;est pas un tenseur de ces couches</translation>
    </message>
    <message>
        <source>%1 has the wrong shape</source>
        <translation>%1 n&apos;a pas la bonne forme</translation>
    </message>
    <message>
        <source>%1 has the unsupported dtype %2</source>
        <translation>%1 a le dtype non pris en charge %2</translation>
    </message>
    <message>
        <source>%1 has no SHA-256</source>
        <translation>%1 n&apos;a pas de SHA-256</translation>
    </message>
    <message>
        <source>%1 has the wrong byte size</source>
        <translation>%1 n&apos;a pas la bonne taille en octets</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 est listé deux fois</translation>
    </message>
    <message>
        <source>%1 of the %2 tensors of these layers are missing</source>
        <translation>%1 des %2 tenseurs de ces couches sont absents</translation>
    </message>
    <message>
        <source>The manifest of layers %1-%2 does not match the model: %3</source>
        <translation>Le manifeste des couches %1-%2 ne correspond pas au modèle : %3</translation>
    </message>
    <message>
        <source>Layers %1-%2 need %3 MB in %4, more than the %5 MB this node offers.</source>
        <translation>Les couches %1-%2 nécessitent %3 Mo en %4, plus que les %5 Mo que propose ce nœud.</translation>
    </message>
    <message>
        <source>Layers %1-%2 need %3 MB in %4; this node offers %5 MB, and its other stages hold %6 MB.</source>
        <translation>Les couches %1-%2 nécessitent %3 Mo en %4 ; ce nœud propose %5 Mo, et ses autres étages en occupent %6 Mo.</translation>
    </message>
    <message>
        <source>%1 asks for layers %2-%3 of %4 (%5 tensors, %6 bytes; %7 bytes cached)</source>
        <translation>%1 demande les couches %2-%3 de %4 (%5 tenseurs, %6 octets ; %7 octets en cache)</translation>
    </message>
    <message>
        <source>A weight chunk without a stage being loaded.</source>
        <translation>Un bloc de poids sans qu&apos;un étage soit en cours de chargement.</translation>
    </message>
    <message>
        <source>A weight chunk before the node said which tensors it holds.</source>
        <translation>Un bloc de poids avant que le nœud ait indiqué quels tenseurs il possède.</translation>
    </message>
    <message>
        <source>A weight chunk for tensor %1 of %2.</source>
        <translation>Un bloc de poids pour le tenseur %1 sur %2.</translation>
    </message>
    <message>
        <source>%1: tensor %2 did not match its SHA-256; discarded</source>
        <translation>%1 : le tenseur %2 ne correspondait pas à son SHA-256 ; ignoré</translation>
    </message>
    <message>
        <source>%1: serving layers %2-%3 (%4 bytes of weights, built in %5 ms)</source>
        <translation>%1 : sert les couches %2-%3 (%4 octets de poids, construites en %5 ms)</translation>
    </message>
    <message>
        <source>A Forward before the stage is ready.</source>
        <translation>Un Forward avant que l&apos;étage soit prêt.</translation>
    </message>
    <message>
        <source>A Forward without hidden states.</source>
        <translation>Un Forward sans états cachés.</translation>
    </message>
    <message>
        <source>%1: layers %2-%3, %4</source>
        <translation>%1 : couches %2-%3, %4</translation>
    </message>
    <message>
        <source>an unknown exception</source>
        <translation>une exception inconnue</translation>
    </message>
    <message>
        <source>The node failed: %1</source>
        <translation>Le nœud a échoué : %1</translation>
    </message>
    <message>
        <source>This computer has no compute device &apos;%1&apos; (it has: %2).</source>
        <translation>Cet ordinateur n&apos;a pas de périphérique de calcul &apos;%1&apos; (il a : %2).</translation>
    </message>
    <message>
        <source>The node failed on a %1 message: %2</source>
        <translation>Le nœud a échoué sur un message %1 : %2</translation>
    </message>
    <message>
        <source>This node cannot compute on the device &apos;%1&apos; (it has: %2).</source>
        <translation>Ce nœud ne peut pas calculer sur le périphérique &apos;%1&apos; (il a : %2).</translation>
    </message>
    <message>
        <source>A KV cache chunk of %1 positions; this node takes 1 to %2.</source>
        <translation>Un bloc de cache KV de %1 positions ; ce nœud accepte de 1 à %2.</translation>
    </message>
    <message>
        <source>Checking LoadStage failed: %1</source>
        <translation>La vérification de LoadStage a échoué : %1</translation>
    </message>
    <message>
        <source>layers %1-%2 in %3 (asked for %4)</source>
        <translation>couches %1-%2 en %3 (demandé : %4)</translation>
    </message>
    <message>
        <source>Checking the weight cache failed: %1</source>
        <translation>La vérification du cache des poids a échoué : %1</translation>
    </message>
    <message>
        <source>The stage&apos;s result could not be sent: %1</source>
        <translation>Le résultat de l&apos;étage n&apos;a pas pu être envoyé : %1</translation>
    </message>
    <message>
        <source>Session %1 was dropped from this node to make room (it keeps at most %2 sessions of one coordinator, and their KV caches within the %3 it offers); start it over from its first token.</source>
        <translation>La session %1 a été abandonnée par ce nœud pour faire de la place (il garde au plus %2 sessions d&apos;un coordinateur, et leurs caches KV dans la limite des %3 qu&apos;il propose) ; recommencez-la depuis son premier token.</translation>
    </message>
    <message>
        <source>Session %1 was dropped from this node to make room (it keeps at most %2 sessions of one coordinator); start it over from its first token.</source>
        <translation>La session %1 a été abandonnée par ce nœud pour faire de la place (il garde au plus %2 sessions d&apos;un coordinateur) ; recommencez-la depuis son premier token.</translation>
    </message>
    <message>
        <source>more than %1 sessions of one coordinator</source>
        <translation>plus de %1 sessions d&apos;un coordinateur</translation>
    </message>
    <message>
        <source>KV caches beyond the %1 offered</source>
        <translation>des caches KV au-delà des %1 proposés</translation>
    </message>
    <message>
        <source>Session %1 needs %2 more KV cache for %3 tokens; this node offers %4 and holds %5.</source>
        <translation>La session %1 a besoin de %2 de cache KV supplémentaire pour %3 tokens ; ce nœud propose %4 et en occupe %5.</translation>
    </message>
    <message>
        <source>%1: dropped session %2 (%3)</source>
        <translation>%1 : session %2 abandonnée (%3)</translation>
    </message>
    <message>
        <source>The stage gave no result for this step.</source>
        <translation>L’étage n’a donné aucun résultat pour cette étape.</translation>
    </message>
    <message>
        <source>The stage gave no hidden states.</source>
        <translation>L’étage n’a donné aucun état caché.</translation>
    </message>
    <message>
        <source>A ForwardBatch before the stage is ready.</source>
        <translation>Un ForwardBatch avant que l’étage soit prêt.</translation>
    </message>
</context>
<context>
    <name>mdi::NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Fermer l&apos;avis</translation>
    </message>
</context>
<context>
    <name>mdi::OllamaRequest</name>
    <message>
        <source>%1.content must be a string</source>
        <translation>%1.content doit être une chaîne</translation>
    </message>
    <message>
        <source>%1.images must be a list of base64 strings</source>
        <translation>%1.images doit être une liste de chaînes base64</translation>
    </message>
    <message>
        <source>%1.images[%2] must be a base64 string</source>
        <translation>%1.images[%2] doit être une chaîne base64</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>Le corps de la requête n&apos;est pas du JSON valide : %1 à la position %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Le corps de la requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling) is not supported</source>
        <translation>&apos;tools&apos; (appel de fonctions) n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>&apos;messages&apos; must be a list of messages</source>
        <translation>&apos;messages&apos; doit être une liste de messages</translation>
    </message>
    <message>
        <source>%1: tool messages are not supported (no function calling)</source>
        <translation>%1 : les messages d&apos;outil ne sont pas pris en charge (pas d&apos;appel de fonctions)</translation>
    </message>
    <message>
        <source>&apos;raw&apos; prompts are not supported: the prompt goes through the model&apos;s chat template</source>
        <translation>les prompts &apos;raw&apos; ne sont pas pris en charge : le prompt passe par le modèle de conversation du modèle</translation>
    </message>
    <message>
        <source>&apos;suffix&apos; (fill in the middle) is not supported</source>
        <translation>&apos;suffix&apos; (remplissage au milieu) n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>&apos;context&apos; is not supported: send the conversation to /api/chat</source>
        <translation>&apos;context&apos; n&apos;est pas pris en charge : envoyez la conversation à /api/chat</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; must be a string</source>
        <translation>&apos;prompt&apos; doit être une chaîne</translation>
    </message>
    <message>
        <source>&apos;options&apos; must be an object</source>
        <translation>&apos;options&apos; doit être un objet</translation>
    </message>
    <message>
        <source>options.num_predict must be an integer</source>
        <translation>options.num_predict doit être un entier</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;json&quot; or a JSON schema</source>
        <translation>&apos;format&apos; doit être &quot;json&quot; ou un schéma JSON</translation>
    </message>
</context>
<context>
    <name>mdi::PairedNodes</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de nœud valide.</translation>
    </message>
    <message>
        <source>The key for node %1 has %2 bytes instead of %3.</source>
        <translation>La clé du nœud %1 fait %2 octets au lieu de %3.</translation>
    </message>
</context>
<context>
    <name>mdi::PairingCheck</name>
    <message>
        <source>%1 accepted the pairing code but did not say who it is within %2 s.</source>
        <translation>%1 a accepté le code d&apos;appairage mais n&apos;a pas indiqué son identité en %2 s.</translation>
    </message>
    <message>
        <source>%1 answered Hello with a bad message: %2</source>
        <translation>%1 a répondu à Hello par un message incorrect : %2</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 a refusé : %2</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 a fermé la connexion.</translation>
    </message>
    <message>
        <source>The pairing code is wrong: %1 refused the key made from it. Use the code that mdi-node shows there now (it changes when the node is given a new one).</source>
        <translation>Le code d&apos;appairage est erroné : %1 a refusé la clé qui en est dérivée. Utilisez le code que mdi-node y affiche actuellement (il change lorsque le nœud en reçoit un nouveau).</translation>
    </message>
    <message>
        <source>%1 named itself &apos;%2&apos; in the handshake but &apos;%3&apos; in its HelloAck.</source>
        <translation>%1 s&apos;est nommé &apos;%2&apos; lors de la négociation mais &apos;%3&apos; dans son HelloAck.</translation>
    </message>
</context>
<context>
    <name>mdi::PairingKey</name>
    <message>
        <source>&apos;%1&apos; is not a pairing code: it may only contain digits and the letters A-Z without U.</source>
        <translation>&apos;%1&apos; n&apos;est pas un code d&apos;appairage : il ne peut contenir que des chiffres et les lettres A-Z sauf U.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pairing code: a code has %2 characters, as in 7KQ4M-2XH9D.</source>
        <translation>&apos;%1&apos; n&apos;est pas un code d&apos;appairage : un code a %2 caractères, comme 7KQ4M-2XH9D.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de nœud valide.</translation>
    </message>
</context>
<context>
    <name>mdi::PdfChip</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>of %1, reading…</source>
        <translation>sur %1, lecture…</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <source>pages %1 to %2 of %3</source>
        <translation>pages %1 à %2 sur %3</translation>
    </message>
    <message>
        <source>Attached PDF %1, %2</source>
        <translation>PDF joint %1, %2</translation>
    </message>
    <message>
        <source>%1
Each page goes to the model as an image: %2</source>
        <translation>%1
Chaque page est envoyée au modèle comme image : %2</translation>
    </message>
    <message>
        <source>Remove this PDF</source>
        <translation>Retirer ce PDF</translation>
    </message>
    <message>
        <source>Remove PDF %1</source>
        <translation>Retirer le PDF %1</translation>
    </message>
</context>
<context>
    <name>mdi::PdfPages</name>
    <message>
        <source>PDF support was not built in: this copy of MDI Chat was built without poppler-qt6. Attach the pages as images instead (a screenshot or an export from a PDF viewer).</source>
        <translation>La prise en charge des PDF n&apos;est pas intégrée : cette copie de MDI Chat a été compilée sans poppler-qt6. Joignez plutôt les pages comme images (une capture d&apos;écran ou un export depuis une visionneuse PDF).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; larger PDFs are not accepted</source>
        <translation>%1 dépasse %2 Mo ; les PDF plus grands ne sont pas acceptés</translation>
    </message>
    <message>
        <source>PDF from a data: URL</source>
        <translation>PDF d&apos;une URL data:</translation>
    </message>
    <message>
        <source>%1: malformed data: URL (data:application/pdf;base64,...)</source>
        <translation>%1 : URL data: mal formée (data:application/pdf;base64,...)</translation>
    </message>
    <message>
        <source>%1: only base64-encoded data: URLs are supported</source>
        <translation>%1 : seules les URL data: encodées en base64 sont prises en charge</translation>
    </message>
    <message>
        <source>%1: it holds over %2 MB; larger PDFs are not accepted</source>
        <translation>%1 : elle contient plus de %2 Mo ; les PDF plus grands ne sont pas acceptés</translation>
    </message>
    <message>
        <source>%1: malformed data: URL: the base64 data is invalid</source>
        <translation>%1 : URL data: mal formée : les données base64 sont invalides</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF file</source>
        <translation>%1 n&apos;est pas un fichier PDF</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF: the file is damaged</source>
        <translation>%1 ne peut pas être lu comme PDF : le fichier est endommagé</translation>
    </message>
    <message>
        <source>%1 is protected by a password; save a copy without the password and attach that</source>
        <translation>%1 est protégé par un mot de passe ; enregistrez une copie sans mot de passe et joignez-la</translation>
    </message>
    <message>
        <source>%1 has no pages</source>
        <translation>%1 n&apos;a aucune page</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); there is no page %2</source>
        <translation>
            <numerusform>%1 a %n page ; il n&apos;y a pas de page %2</numerusform>
            <numerusform>%1 a %n pages ; il n&apos;y a pas de page %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: page %2 has no size and cannot be shown</source>
        <translation>%1 : la page %2 n&apos;a pas de taille et ne peut pas être affichée</translation>
    </message>
    <message>
        <source>%1: page %2 could not be drawn (the file may be damaged)</source>
        <translation>%1 : la page %2 n&apos;a pas pu être dessinée (le fichier est peut-être endommagé)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); pages %2 to %3 cannot be taken</source>
        <translation>
            <numerusform>%1 a %n page ; les pages %2 à %3 ne peuvent pas être prises</numerusform>
            <numerusform>%1 a %n pages ; les pages %2 à %3 ne peuvent pas être prises</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 pages are more than one message takes (at most %3); choose fewer pages</source>
        <translation>%1 : %2 pages, c&apos;est plus qu&apos;un message n&apos;en accepte (au plus %3) ; choisissez moins de pages</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); with the pages before it that is more than %2, the most one request takes</source>
        <translation>
            <numerusform>%1 a %n page ; avec les pages précédentes, cela fait plus de %2, le maximum d&apos;une requête</numerusform>
            <numerusform>%1 a %n pages ; avec les pages précédentes, cela fait plus de %2, le maximum d&apos;une requête</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PeerConnection</name>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>Impossible de se connecter à %1 en %2 s.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the node is not paired with this computer.</source>
        <translation>Impossible de se connecter à %1 : le nœud n&apos;est pas appairé avec cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 a fermé la connexion.</translation>
    </message>
    <message>
        <source>The node at %1 is &apos;%2&apos;, not the paired node &apos;%3&apos;.</source>
        <translation>Le nœud à l&apos;adresse %1 est &apos;%2&apos;, et non le nœud appairé &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Cannot pair with %1: %2</source>
        <translation>Impossible de s&apos;appairer avec %1 : %2</translation>
    </message>
    <message>
        <source>The node at %1 (&apos;%2&apos;) is not paired with this computer.</source>
        <translation>Le nœud à l&apos;adresse %1 (&apos;%2&apos;) n&apos;est pas appairé avec cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 speaks protocol version %2 (this program speaks version %3) and refused the connection: %4</source>
        <translation>%1 parle la version %2 du protocole (ce programme parle la version %3) et a refusé la connexion : %4</translation>
    </message>
    <message>
        <source>%1 sent an invalid frame: %2</source>
        <translation>%1 a envoyé une trame non valide : %2</translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>%1 refusé : %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: the pairing code is wrong or the node has a new one (%2).</source>
        <translation>La négociation TLS avec %1 a échoué : le code d&apos;appairage est erroné ou le nœud en a un nouveau (%2).</translation>
    </message>
    <message>
        <source>%1 refused the connection: is mdi-node running there?</source>
        <translation>%1 a refusé la connexion : mdi-node y est-il lancé ?</translation>
    </message>
    <message>
        <source>The host of %1 was not found.</source>
        <translation>L&apos;hôte de %1 est introuvable.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (wrong pairing code?).</source>
        <translation>%1 a fermé la connexion pendant la négociation TLS (code d&apos;appairage erroné ?).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing arrived for %2 s.</source>
        <translation>%1 ne répond plus : rien n&apos;est arrivé depuis %2 s.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Non connecté à %1.</translation>
    </message>
    <message>
        <source>%1 closed the connection before checking the pairing code: the node is busy with other connections, or it pauses this computer after failed pairing attempts. Try again in a minute.</source>
        <translation>%1 a fermé la connexion avant de vérifier le code d&apos;appairage : le nœud est occupé par d&apos;autres connexions, ou il bloque temporairement cet ordinateur après des tentatives d&apos;appairage échouées. Réessayez dans une minute.</translation>
    </message>
</context>
<context>
    <name>mdi::PeerList</name>
    <message>
        <source>&apos;%1&apos; is not a host name or address with an optional port, such as 192.168.1.20:%2.</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom d&apos;hôte ou une adresse avec un port facultatif, comme 192.168.1.20:%2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid port.</source>
        <translation>&apos;%1&apos; n&apos;a pas de port valide.</translation>
    </message>
</context>
<context>
    <name>mdi::PeerPlacement</name>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT with a port from 1 to 65535.</source>
        <translation>&apos;%1&apos; n&apos;est pas de la forme HOST:PORT avec un port de 1 à 65535.</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) need at least %n stage(s); the plan has %1.</source>
        <translation>
            <numerusform>%n pair nécessite au moins %n étage ; le plan en a %1.</numerusform>
            <numerusform>%n pairs nécessitent au moins %n étages ; le plan en a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PeerRoster</name>
    <message>
        <source>%1 was not added by hand, so it cannot be removed.</source>
        <translation>%1 n&apos;a pas été ajouté à la main : il ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>Choose the peer to pair with in the list.</source>
        <translation>Choisissez dans la liste le pair avec lequel vous appairer.</translation>
    </message>
    <message>
        <source>Cannot pair with %1: it is not in the list of peers.</source>
        <translation>Appairage impossible avec %1 : il n&apos;est pas dans la liste des pairs.</translation>
    </message>
    <message>
        <source>Not paired with %1: the code for another peer is still being checked.</source>
        <translation>Non appairé avec %1 : le code d&apos;un autre pair est encore en cours de vérification.</translation>
    </message>
    <message>
        <source>Not paired with %1: %2</source>
        <translation>Non appairé avec %1 : %2</translation>
    </message>
    <message>
        <source>Paired with %1. Apply and reload to run layers there.</source>
        <translation>Appairé avec %1. Appliquez et rechargez pour y exécuter des couches.</translation>
    </message>
    <message>
        <source>%1 is not paired.</source>
        <translation>%1 n&apos;est pas appairé.</translation>
    </message>
    <message>
        <source>%1 (another protocol version)</source>
        <translation>%1 (autre version du protocole)</translation>
    </message>
    <message>
        <source>A beacon placed %1 at %2, but no handshake with its key succeeded there, so it is still used at its old address: %3</source>
        <translation>Une balise a situé %1 à %2, mais aucune négociation avec sa clé n&apos;y a réussi ; il reste donc utilisé à son ancienne adresse : %3</translation>
    </message>
    <message>
        <source>%1 moved to %2 (verified by a handshake with its key).</source>
        <translation>%1 a changé d&apos;adresse pour %2 (vérifié par une négociation avec sa clé).</translation>
    </message>
</context>
<context>
    <name>mdi::PeerServer</name>
    <message>
        <source>&apos;%1&apos; is not a valid node id.</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de nœud valide.</translation>
    </message>
    <message>
        <source>The node has no pairing key.</source>
        <translation>Le nœud n&apos;a pas de clé d&apos;appairage.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d&apos;écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>The node stopped serving.</source>
        <translation>Le nœud a cessé de servir.</translation>
    </message>
    <message>
        <source>too many handshakes in progress</source>
        <translation>trop de négociations en cours</translation>
    </message>
    <message>
        <source>TLS handshake failed (a wrong pairing code, or not TLS): %1</source>
        <translation>la négociation TLS a échoué (code d&apos;appairage erroné, ou pas du TLS) : %1</translation>
    </message>
    <message>
        <source>closed during the TLS handshake</source>
        <translation>fermée pendant la négociation TLS</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation>aucune négociation TLS en %1 s</translation>
    </message>
    <message numerus="yes">
        <source>This node already serves %n connection(s).</source>
        <translation>
            <numerusform>Ce nœud sert déjà %n connexion.</numerusform>
            <numerusform>Ce nœud sert déjà %n connexions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed pairing attempt(s) in a row from this address; it is refused for another %1 s</source>
        <translation>
            <numerusform>%n tentative d&apos;appairage échouée d&apos;affilée depuis cette adresse ; elle est refusée pendant encore %1 s</numerusform>
            <numerusform>%n tentatives d&apos;appairage échouées d&apos;affilée depuis cette adresse ; elle est refusée pendant encore %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>closed before sending anything</source>
        <translation>fermée avant d&apos;avoir rien envoyé</translation>
    </message>
    <message>
        <source>nothing received within %1 s</source>
        <translation>rien reçu en %1 s</translation>
    </message>
    <message>
        <source>too many handshakes in progress from %1</source>
        <translation>trop de négociations en cours depuis %1</translation>
    </message>
    <message>
        <source>sent nothing; its slot went to a newer connection</source>
        <translation>n&apos;a rien envoyé ; son emplacement est allé à une connexion plus récente</translation>
    </message>
</context>
<context>
    <name>mdi::PeersPanel</name>
    <message>
        <source>Added %1. Enter the pairing code that mdi-node shows there to pair with it.</source>
        <translation>%1 ajouté. Saisissez le code d&apos;appairage que mdi-node y affiche pour vous appairer avec lui.</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Peers on the network</source>
        <translation>Pairs sur le réseau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Appairage</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>Mémoire libre</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Computers running mdi-node. Tick a paired peer to let it run layers of the model.</source>
        <translation>Ordinateurs exécutant mdi-node. Cochez un pair appairé pour lui faire exécuter des couches du modèle.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Peer address (host:port)</source>
        <translation>Adresse du pair (hôte:port)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add a peer by its address, for networks where it is not found on its own</source>
        <translation>Ajouter un pair par son adresse, pour les réseaux où il n&apos;est pas trouvé automatiquement</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the peer added by hand</source>
        <translation>Supprimer le pair ajouté manuellement</translation>
    </message>
    <message>
        <source>Pairing c&amp;ode:</source>
        <translation>C&amp;ode d&apos;appairage :</translation>
    </message>
    <message>
        <source>Pairing code of the selected peer</source>
        <translation>Code d&apos;appairage du pair sélectionné</translation>
    </message>
    <message>
        <source>The code mdi-node prints when it starts. It is checked with the peer and not kept.</source>
        <translation>Le code que mdi-node affiche au démarrage. Il est vérifié auprès du pair et n&apos;est pas conservé.</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>Appai&amp;rer</translation>
    </message>
    <message>
        <source>Forget Pairin&amp;g</source>
        <translation>O&amp;ublier l&apos;appairage</translation>
    </message>
    <message>
        <source>Layer placement</source>
        <translation>Placement des couches</translation>
    </message>
    <message>
        <source>P&amp;lacement:</source>
        <translation>P&amp;lacement :</translation>
    </message>
    <message>
        <source>Automatic (planner)</source>
        <translation>Automatique (planificateur)</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>Automatic splits the layers between this computer and the peers in use by their speed and free memory.</source>
        <translation>Automatique répartit les couches entre cet ordinateur et les pairs utilisés selon leur vitesse et leur mémoire libre.</translation>
    </message>
    <message>
        <source>Appl&amp;y and Reload</source>
        <translation>Appli&amp;quer et recharger</translation>
    </message>
    <message>
        <source>Reload the model with this placement and the peers in use</source>
        <translation>Recharger le modèle avec ce placement et les pairs utilisés</translation>
    </message>
    <message>
        <source>Looking for peers on the local network. Start mdi-node on another computer, or add one by its address.</source>
        <translation>Recherche de pairs sur le réseau local. Lancez mdi-node sur un autre ordinateur, ou ajoutez-en un par son adresse.</translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation>La découverte réseau est désactivée : %1</translation>
    </message>
    <message>
        <source>Discovery is off. Add peers by their address.</source>
        <translation>La découverte réseau est désactivée. Ajoutez des pairs par leur adresse.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Checking the code with %1…</source>
        <translation>Vérification du code avec %1…</translation>
    </message>
    <message>
        <source>Forgot the pairing with %1. Its code is needed to pair again.</source>
        <translation>L&apos;appairage avec %1 a été oublié. Son code est nécessaire pour l&apos;appairer à nouveau.</translation>
    </message>
    <message>
        <source>%1 will run layers after Apply and Reload.</source>
        <translation>%1 exécutera des couches après « Appliquer et recharger ».</translation>
    </message>
    <message>
        <source>%1 will not be used after Apply and Reload.</source>
        <translation>%1 ne sera plus utilisé après « Appliquer et recharger ».</translation>
    </message>
    <message>
        <source>%1
node id %2</source>
        <translation>%1
identifiant de nœud %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiquée</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 Go/s</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesurée</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not on the network</source>
        <translation>absent du réseau</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>ajouté manuellement</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Appairé</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Non appairé</translation>
    </message>
    <message>
        <source>Incompatible (protocol %1)</source>
        <translation>Incompatible (protocole %1)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Tick the name to run layers of the model on %1.</source>
        <translation>Cochez le nom pour exécuter des couches du modèle sur %1.</translation>
    </message>
    <message>
        <source>Select it and enter the pairing code that mdi-node shows there.</source>
        <translation>Sélectionnez-le et saisissez le code d&apos;appairage que mdi-node y affiche.</translation>
    </message>
    <message>
        <source>Paired with %1. Apply and reload to run layers there.</source>
        <translation>Appairé avec %1. Appliquez et rechargez pour y exécuter des couches.</translation>
    </message>
    <message>
        <source>Last reported: %1</source>
        <translation>Dernière valeur communiquée : %1</translation>
    </message>
    <message>
        <source>Paired, away</source>
        <translation>Appairé, absent</translation>
    </message>
</context>
<context>
    <name>mdi::Pipeline</name>
    <message>
        <source>The plan places layers %1-%2 on &apos;%3&apos;, which is neither this computer nor a known peer.</source>
        <translation>Le plan place les couches %1-%2 sur &apos;%3&apos;, qui n&apos;est ni cet ordinateur ni un pair connu.</translation>
    </message>
    <message>
        <source>Loading the model failed: %1</source>
        <translation>Le chargement du modèle a échoué : %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3), and loading them here failed: %4</source>
        <translation>Le pair qui exécutait les couches %1-%2 a été perdu (%3), et leur chargement ici a échoué : %4</translation>
    </message>
    <message>
        <source>Other peers could not take them: %1</source>
        <translation>D&apos;autres pairs n&apos;ont pas pu les prendre en charge : %1</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3); they now run on %4 and the answers in progress continue.</source>
        <translation>Le pair qui exécutait les couches %1-%2 a été perdu (%3) ; elles s&apos;exécutent désormais sur %4 et les réponses en cours se poursuivent.</translation>
    </message>
    <message>
        <source>The peer running layers %1-%2 was lost (%3); they now run on this computer and the answers in progress continue.</source>
        <translation>Le pair qui exécutait les couches %1-%2 a été perdu (%3) ; elles s&apos;exécutent désormais sur cet ordinateur et les réponses en cours se poursuivent.</translation>
    </message>
    <message>
        <source>The model was unloaded before the answer finished.</source>
        <translation>Le modèle a été déchargé avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>The conversation was closed before the answer finished.</source>
        <translation>La conversation a été fermée avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>This conversation is still answering; stop it first.</source>
        <translation>Cette conversation est encore en train de répondre ; arrêtez-la d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>mdi::PlacementAssembly</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>The layers cannot be placed: %1</source>
        <translation>Impossible de placer les couches : %1</translation>
    </message>
</context>
<context>
    <name>mdi::Plan</name>
    <message>
        <source>The layer plan is empty: write ranges such as 0-%1,%1-%2 (first layer, then the layer after the last).</source>
        <translation>Le plan de couches est vide : écrivez des plages comme 0-%1,%1-%2 (première couche, puis la couche qui suit la dernière).</translation>
    </message>
    <message>
        <source>The layer plan &apos;%2&apos; is not a range such as 0-%1 (first layer, then the layer after the last), nor a list of them such as 0-%3,%3-%1.</source>
        <translation>Le plan de couches &apos;%2&apos; n&apos;est ni une plage comme 0-%1 (première couche, puis la couche qui suit la dernière), ni une liste de plages comme 0-%3,%3-%1.</translation>
    </message>
    <message>
        <source>&apos;%2&apos; in the layer plan &apos;%3&apos; is not a range such as 0-%1 (first layer, then the layer after the last).</source>
        <translation>&apos;%2&apos; dans le plan de couches &apos;%3&apos; n&apos;est pas une plage comme 0-%1 (première couche, puis la couche qui suit la dernière).</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan is out of range: the model has %2 decoder layers (0-%2).</source>
        <translation>La plage %1 du plan de couches est hors limites : le modèle a %2 couches de décodeur (0-%2).</translation>
    </message>
    <message>
        <source>The model has no decoder layers to place.</source>
        <translation>Le modèle n&apos;a aucune couche de décodeur à placer.</translation>
    </message>
    <message>
        <source>The layer plan has no stages: the model&apos;s %1 decoder layers must be placed.</source>
        <translation>Le plan de couches n&apos;a aucun étage : les %1 couches de décodeur du modèle doivent être placées.</translation>
    </message>
    <message>
        <source>The ranges of the layer plan are out of order: %1 comes after %2; list them in ring order, each starting where the previous one ends.</source>
        <translation>Les plages du plan de couches ne sont pas dans l&apos;ordre : %1 vient après %2 ; listez-les dans l&apos;ordre de l&apos;anneau, chacune commençant là où la précédente se termine.</translation>
    </message>
    <message>
        <source>Stage %1 (layers %2) of the layer plan has no host.</source>
        <translation>L&apos;étage %1 (couches %2) du plan de couches n&apos;a pas d&apos;hôte.</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan ends before it starts: write the first layer, then the layer after the last (%2).</source>
        <translation>La plage %1 du plan de couches se termine avant de commencer : écrivez la première couche, puis la couche qui suit la dernière (%2).</translation>
    </message>
    <message>
        <source>The range %1 in the layer plan holds no layers: the second number is the layer after the last (%2 for layer %3 alone).</source>
        <translation>La plage %1 du plan de couches ne contient aucune couche : le second nombre est la couche qui suit la dernière (%2 pour la couche %3 seule).</translation>
    </message>
    <message>
        <source>%1 in no stage: the first range must start at 0.</source>
        <translation>%1 hors de tout étage : la première plage doit commencer à 0.</translation>
    </message>
    <message>
        <source>%1 in no stage: %2 is followed by %3; each range must start where the previous one ends.</source>
        <translation>%1 hors de tout étage : %2 est suivi de %3 ; chaque plage doit commencer là où la précédente se termine.</translation>
    </message>
    <message>
        <source>The ranges %1 and %2 of the layer plan overlap (%3 in both); each range must start where the previous one ends (%4).</source>
        <translation>Les plages %1 et %2 du plan de couches se chevauchent (%3 dans les deux) ; chaque plage doit commencer là où la précédente se termine (%4).</translation>
    </message>
    <message>
        <source>%2 in no stage: the last range must end at %1, the number of decoder layers.</source>
        <translation>%2 hors de tout étage : la dernière plage doit se terminer à %1, le nombre de couches du décodeur.</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
    <message>
        <source>layers %1</source>
        <translation>couches %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Layer %1 is</source>
        <translation>La couche %1 se trouve</translation>
    </message>
    <message>
        <source>Layers %1 to %2 are</source>
        <translation>Les couches %1 à %2 se trouvent</translation>
    </message>
</context>
<context>
    <name>mdi::PlanView</name>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>S&apos;exécute sur</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Plan: which layers run where</source>
        <translation>Plan : quelles couches s&apos;exécutent où</translation>
    </message>
    <message>
        <source>The decoder layers of each stage and where they run. This computer always runs the vision tower, the embedding and the head.</source>
        <translation>Les couches du décodeur de chaque étage et l&apos;endroit où elles s&apos;exécutent. Cet ordinateur exécute toujours la tour de vision, l&apos;embedding et la tête.</translation>
    </message>
    <message>
        <source>Token rows the stage computes per second of work, since the model was loaded</source>
        <translation>Lignes de tokens que l&apos;étage calcule par seconde de travail, depuis le chargement du modèle</translation>
    </message>
    <message>
        <source>Weights and key/value caches the stage holds</source>
        <translation>Poids et caches clé/valeur que l&apos;étage occupe</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Layers %1</source>
        <translation>Couches %1</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>Loading: the peers receive the weights of their layers (those they do not have cached yet)…</source>
        <translation>Chargement : les pairs reçoivent les poids de leurs couches (ceux qu&apos;ils n&apos;ont pas encore en cache)…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Every layer runs on this computer.</source>
        <translation>Toutes les couches s&apos;exécutent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Weights sent to peers while loading: %1</source>
        <translation>Poids envoyés aux pairs pendant le chargement : %1</translation>
    </message>
    <message>
        <source>No weights were sent while loading: the peers had them cached.</source>
        <translation>Aucun poids n&apos;a été envoyé pendant le chargement : les pairs les avaient en cache.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Aucun modèle n&apos;est chargé.</translation>
    </message>
    <message>
        <source>Not used (not found on the network): %1</source>
        <translation>Non utilisés (introuvables sur le réseau) : %1</translation>
    </message>
</context>
<context>
    <name>mdi::Planner</name>
    <message>
        <source>The model has no decoder layers to place.</source>
        <translation>Le modèle n&apos;a aucune couche de décodeur à placer.</translation>
    </message>
    <message>
        <source>There is no computer to run the model on.</source>
        <translation>Il n&apos;y a aucun ordinateur sur lequel exécuter le modèle.</translation>
    </message>
    <message>
        <source>Cannot plan for a context of %1 tokens and %2 sessions: both must be at least 1.</source>
        <translation>Impossible de planifier pour un contexte de %1 tokens et %2 sessions : les deux doivent valoir au moins 1.</translation>
    </message>
    <message>
        <source>The host &apos;%1&apos; has no id.</source>
        <translation>L&apos;hôte &apos;%1&apos; n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>Two hosts have the id &apos;%1&apos;.</source>
        <translation>Deux hôtes ont l&apos;identifiant &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Only one host can hold the embedding and head, but %1 and %2 both claim to.</source>
        <translation>Un seul hôte peut contenir l&apos;embedding et la tête, mais %1 et %2 le revendiquent tous deux.</translation>
    </message>
    <message>
        <source>No speed is known for %1, but it must run the model&apos;s embedding and head.</source>
        <translation>Aucune vitesse n&apos;est connue pour %1, qui doit pourtant exécuter l&apos;embedding et la tête du modèle.</translation>
    </message>
    <message>
        <source>The model&apos;s embedding, vision tower and head need %2 in %3 on %1, plus %4 kept free, but it has only %5 free.</source>
        <translation>L&apos;embedding, la tour de vision et la tête du modèle nécessitent %2 en %3 sur %1, plus %4 gardés libres, mais il n&apos;y a que %5 de libre.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2, no speed measured</source>
        <translation>%1 %2, aucune vitesse mesurée</translation>
    </message>
    <message>
        <source>The model needs %3 in %4: %5 for its %1 decoder layers (weights and the key/value cache for %2 tokens)</source>
        <translation>Le modèle nécessite %3 en %4 : %5 pour ses %1 couches de décodeur (poids et cache clé/valeur pour %2 tokens)</translation>
    </message>
    <message>
        <source>, %1 on %2 for the embedding, vision tower and head</source>
        <translation>, %1 sur %2 pour l&apos;embedding, la tour de vision et la tête</translation>
    </message>
    <message>
        <source>, and %1 kept free on each host. The hosts have %4 free (%5): room for only %2 of the %3 layers.</source>
        <translation>, et %1 gardés libres sur chaque hôte. Les hôtes ont %4 de libre (%5) : de la place pour seulement %2 des %3 couches.</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;</source>
        <translation>le nœud &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>mdi::PortalScreenshot</name>
    <message>
        <source>The screen cannot be captured: there is no D-Bus session (the desktop portal answers there).</source>
        <translation>L&apos;écran ne peut pas être capturé : il n&apos;y a pas de session D-Bus (le portail du bureau y répond).</translation>
    </message>
    <message>
        <source>The desktop portal refused the screenshot: %1</source>
        <translation>Le portail du bureau a refusé la capture : %1</translation>
    </message>
    <message>
        <source>Capturing the screen on Wayland needs the desktop portal, and this copy of MDI Chat was built without D-Bus support. Take a screenshot with your desktop&apos;s tool and paste it (Ctrl+V).</source>
        <translation>Capturer l&apos;écran sous Wayland demande le portail du bureau, et cette copie de MDI Chat a été compilée sans D-Bus. Faites une capture avec l&apos;outil de votre bureau et collez-la (Ctrl+V).</translation>
    </message>
    <message>
        <source>The desktop portal could not take the screenshot.</source>
        <translation>Le portail du bureau n&apos;a pas pu faire la capture.</translation>
    </message>
    <message>
        <source>The screenshot the portal wrote (%1) cannot be read.</source>
        <translation>La capture écrite par le portail (%1) est illisible.</translation>
    </message>
</context>
<context>
    <name>mdi::PrecisionChoice</name>
    <message>
        <source>%1 as requested.</source>
        <translation>%1, comme demandé.</translation>
    </message>
    <message>
        <source>%1: the checkpoint&apos;s own precision (best quality).</source>
        <translation>%1 : la précision d&apos;origine du checkpoint (meilleure qualité).</translation>
    </message>
    <message>
        <source>Automatic: bf16 on %1.</source>
        <translation>Automatique : bf16 sur %1.</translation>
    </message>
    <message>
        <source>Automatic: 8-bit language model (decoding reads every weight once per token, so fewer bytes are faster), %1 vision tower (best quality); %2 kernels on this CPU.</source>
        <translation>Automatique : modèle de langage en 8-bit (le décodage lit chaque poids une fois par token, donc moins d&apos;octets, c&apos;est plus rapide), tour de vision en %1 (meilleure qualité) ; kernels %2 sur ce CPU.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a precision; %2</source>
        <translation>&apos;%1&apos; n&apos;est pas une précision ; %2</translation>
    </message>
</context>
<context>
    <name>mdi::PromptPlanner</name>
    <message numerus="yes">
        <source>The prompt needs %1 tokens (%2 of them for %n image(s)), but the model&apos;s context holds %3. Use fewer or smaller images (lower the maximum image size) or a shorter conversation.</source>
        <translation>
            <numerusform>Le prompt nécessite %1 tokens (dont %2 pour %n image), mais le contexte du modèle en contient %3. Utilisez des images moins nombreuses ou plus petites (réduisez la taille d&apos;image maximale) ou une conversation plus courte.</numerusform>
            <numerusform>Le prompt nécessite %1 tokens (dont %2 pour %n images), mais le contexte du modèle en contient %3. Utilisez des images moins nombreuses ou plus petites (réduisez la taille d&apos;image maximale) ou une conversation plus courte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The prompt contains a video token (&lt;|video_pad|&gt;); video input is not supported.</source>
        <translation>Le prompt contient un token vidéo (&lt;|video_pad|&gt;) ; l&apos;entrée vidéo n&apos;est pas prise en charge.</translation>
    </message>
</context>
<context>
    <name>mdi::PskTls</name>
    <message>
        <source>TLS is not available (Qt&apos;s TLS backend &apos;%1&apos; did not load %2), so peers cannot be reached.</source>
        <translation>TLS n&apos;est pas disponible (le backend TLS &apos;%1&apos; de Qt n&apos;a pas chargé %2), les pairs sont donc injoignables.</translation>
    </message>
    <message>
        <source>The TLS backend &apos;%1&apos; does not support pre-shared keys, which peers use; Qt&apos;s OpenSSL backend does.</source>
        <translation>Le backend TLS &apos;%1&apos; ne prend pas en charge les clés pré-partagées qu&apos;utilisent les pairs ; le backend OpenSSL de Qt les prend en charge.</translation>
    </message>
    <message>
        <source>The TLS backend &apos;%1&apos; (%2) offers none of the TLS-PSK cipher suites peers use (%3).</source>
        <translation>Le backend TLS &apos;%1&apos; (%2) ne propose aucune des suites de chiffrement TLS-PSK qu&apos;utilisent les pairs (%3).</translation>
    </message>
</context>
<context>
    <name>mdi::Qwen2VLModel</name>
    <message>
        <source>Nothing to process: the prompt has no tokens.</source>
        <translation>Rien à traiter : le prompt n&apos;a aucun token.</translation>
    </message>
    <message>
        <source>Image %1 has %2 pixel values; its %3x%4 patch grid needs %5.</source>
        <translation>L&apos;image %1 a %2 valeurs de pixels ; sa grille de patchs %3x%4 en nécessite %5.</translation>
    </message>
    <message>
        <source>Prefill failed: %1</source>
        <translation>Le préremplissage a échoué : %1</translation>
    </message>
    <message>
        <source>Decoding failed: %1</source>
        <translation>Le décodage a échoué : %1</translation>
    </message>
    <message>
        <source>Cannot keep %1 tokens: the cache holds %2.</source>
        <translation>Impossible de conserver %1 tokens : le cache en contient %2.</translation>
    </message>
</context>
<context>
    <name>mdi::RandomCheckpointWriter</name>
    <message>
        <source>Random checkpoints are written in BF16 or F32, not %1.</source>
        <translation>Les checkpoints aléatoires sont écrits en BF16 ou F32, pas en %1.</translation>
    </message>
    <message>
        <source>The shard size must be positive.</source>
        <translation>La taille des shards doit être positive.</translation>
    </message>
    <message>
        <source>%1 has no tokenizer.json to copy.</source>
        <translation>%1 n&apos;a pas de tokenizer.json à copier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new folder or allow overwriting.</source>
        <translation>%1 n&apos;est pas vide ; choisissez un nouveau dossier ou autorisez l&apos;écrasement.</translation>
    </message>
    <message>
        <source>%1 needs %2 MB of free space; %3 MB are available.</source>
        <translation>%1 nécessite %2 Mo d&apos;espace libre ; %3 Mo sont disponibles.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Impossible de copier %1 vers %2.</translation>
    </message>
    <message>
        <source>The written checkpoint does not validate: %1</source>
        <translation>Le checkpoint écrit ne passe pas la validation : %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
</context>
<context>
    <name>mdi::Reader</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; at most %3 are allowed</source>
        <translation>&quot;%1&quot; fait %2 caractères ; au plus %3 sont autorisés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; doit être un tableau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 entries; at most %3 are allowed</source>
        <translation>&quot;%1&quot; a %2 entrées ; au plus %3 sont autorisées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 time such as 2024-05-01T12:00:00.000Z; got &quot;%2&quot;</source>
        <translation>&quot;%1&quot; doit être une heure ISO 8601 comme 2024-05-01T12:00:00.000Z ; reçu : &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>mdi::RegionSelector</name>
    <message>
        <source>Screen region selection</source>
        <translation>Sélection d&apos;une zone de l&apos;écran</translation>
    </message>
    <message>
        <source>Drag over the part of the screen to attach; Esc cancels.</source>
        <translation>Faites glisser sur la partie de l&apos;écran à joindre ; Échap annule.</translation>
    </message>
    <message>
        <source>Drag over the part of the screen to attach. Esc cancels.</source>
        <translation>Faites glisser sur la partie de l&apos;écran à joindre. Échap annule.</translation>
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
        <translation>%1 a répondu à Hello par un message incorrect : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: layers %2-%3</source>
        <translation>%1 : couches %2-%3</translation>
    </message>
    <message>
        <source>%1 sent a bad answer to LoadStage.</source>
        <translation>%1 a envoyé une réponse incorrecte à LoadStage.</translation>
    </message>
    <message>
        <source>%1 sent a bad WeightAck: %2</source>
        <translation>%1 a envoyé un WeightAck incorrect : %2</translation>
    </message>
    <message>
        <source>%1 received tensor %2 damaged (SHA-256 mismatch).</source>
        <translation>%1 a reçu le tenseur %2 endommagé (SHA-256 non concordant).</translation>
    </message>
    <message>
        <source>%1 sent a bad StageReady: %2</source>
        <translation>%1 a envoyé un StageReady incorrect : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>an unreadable error</source>
        <translation>une erreur illisible</translation>
    </message>
    <message>
        <source>%1 refused the stage: %2</source>
        <translation>%1 a refusé l&apos;étage : %2</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>Lost the peer %1: %2</source>
        <translation>Pair %1 perdu : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The checkpoint has no tensor %1.</source>
        <translation>Le checkpoint n&apos;a pas de tenseur %1.</translation>
    </message>
    <message>
        <source>Loading layers %1-%2 on %3 was cancelled.</source>
        <translation>Le chargement des couches %1-%2 sur %3 a été annulé.</translation>
    </message>
    <message>
        <source>answer Hello</source>
        <translation>répondu à Hello</translation>
    </message>
    <message>
        <source>answer LoadStage</source>
        <translation>répondu à LoadStage</translation>
    </message>
    <message>
        <source>sent an unreadable Result (%1)</source>
        <translation>a envoyé un Result illisible (%1)</translation>
    </message>
    <message>
        <source>answered step %1 of session %2 with step %3 of session %4</source>
        <translation>a répondu à l&apos;étape %1 de la session %2 par l&apos;étape %3 de la session %4</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>a envoyé %1</translation>
    </message>
    <message>
        <source>sent hidden states that could not be read (%1)</source>
        <translation>a envoyé des états cachés illisibles (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>take the weights</source>
        <translation>pris les poids</translation>
    </message>
    <message>
        <source>send StageReady</source>
        <translation>envoyé StageReady</translation>
    </message>
    <message>
        <source>did not %1 in time (layers %2-%3)</source>
        <translation>n&apos;a pas %1 à temps (couches %2-%3)</translation>
    </message>
    <message>
        <source>did not answer a Forward (%1 tokens) within %2 s</source>
        <translation>n&apos;a pas répondu à un Forward (%1 tokens) en %2 s</translation>
    </message>
    <message>
        <source>did not answer a DropSession within %1 s</source>
        <translation>n&apos;a pas répondu à un DropSession en %1 s</translation>
    </message>
    <message>
        <source>answered a Forward with a ResultBatch</source>
        <translation>a répondu à un Forward par un ResultBatch</translation>
    </message>
    <message>
        <source>sent an unreadable ResultBatch (%1)</source>
        <translation>a envoyé un ResultBatch illisible (%1)</translation>
    </message>
    <message>
        <source>answered a batch of %1 steps with %2</source>
        <translation>a répondu à un lot de %1 étapes par %2</translation>
    </message>
    <message>
        <source>sent %1 rows for a step of session %2 that has %3</source>
        <translation>a envoyé %1 lignes pour une étape de la session %2 qui en a %3</translation>
    </message>
</context>
<context>
    <name>mdi::ResourceLine</name>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
</context>
<context>
    <name>mdi::ResourceSummary</name>
    <message>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>all %1 parts on %2</source>
        <translation>les %1 parties sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 parts on %3</source>
        <translation>%1 parties sur %2 sur %3</translation>
    </message>
    <message>
        <source>%1, the rest here</source>
        <translation>%1, le reste ici</translation>
    </message>
    <message>
        <source>%1 in memory</source>
        <translation>%1 en mémoire</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 threads</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>MDI Chat uses %1 of this computer&apos;s memory.</source>
        <translation>MDI Chat utilise %1 de la mémoire de cet ordinateur.</translation>
    </message>
    <message>
        <source>It computes with %1 threads.</source>
        <translation>Il calcule avec %1 threads.</translation>
    </message>
    <message>
        <source>The last answer came at %1 tokens a second.</source>
        <translation>La dernière réponse est venue à %1 jetons par seconde.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Part %1 of %2 on %3: layers %4–%5, weights %6, conversation memory %7</source>
        <translation>Partie %1 sur %2 sur %3 : couches %4–%5, poids %6, mémoire des conversations %7</translation>
    </message>
    <message>
        <source> (%1 free there)</source>
        <translation> (%1 libres là-bas)</translation>
    </message>
</context>
<context>
    <name>mdi::ResponsesRequest</name>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: an input_image needs &quot;image_url&quot; with a data: URL (data:image/png;base64,...); uploaded files (file_id) are not supported</source>
        <translation>%1 : un input_image a besoin de &quot;image_url&quot; avec une URL data: (data:image/png;base64,...) ; les fichiers téléversés (file_id) ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>%1: content of type &apos;%2&apos; is not supported (input_text, input_image, output_text)</source>
        <translation>%1 : le contenu de type &apos;%2&apos; n&apos;est pas pris en charge (input_text, input_image, output_text)</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>Le corps de la requête n&apos;est pas du JSON valide : %1 à la position %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Le corps de la requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>&apos;previous_response_id&apos; is not supported: this server keeps no responses; send the whole conversation in &apos;input&apos;</source>
        <translation>&apos;previous_response_id&apos; n&apos;est pas pris en charge : ce serveur ne garde aucune réponse ; envoyez toute la conversation dans &apos;input&apos;</translation>
    </message>
    <message>
        <source>&apos;conversation&apos; is not supported: this server keeps no conversations; send the whole conversation in &apos;input&apos;</source>
        <translation>&apos;conversation&apos; n&apos;est pas pris en charge : ce serveur ne garde aucune conversation ; envoyez toute la conversation dans &apos;input&apos;</translation>
    </message>
    <message>
        <source>&apos;tools&apos; (function calling, built-in tools) is not supported</source>
        <translation>&apos;tools&apos; (appel de fonctions, outils intégrés) n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>&apos;background&apos; is not supported: answers are given while the request waits</source>
        <translation>&apos;background&apos; n&apos;est pas pris en charge : les réponses sont données pendant que la requête attend</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; (stored prompt templates) is not supported</source>
        <translation>&apos;prompt&apos; (modèles de prompt enregistrés) n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>&apos;instructions&apos; must be a string</source>
        <translation>&apos;instructions&apos; doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: items of type &apos;%2&apos; are not supported (only messages: this server has no tools or reasoning items)</source>
        <translation>%1 : les éléments de type &apos;%2&apos; ne sont pas pris en charge (seulement des messages : ce serveur n&apos;a ni outils ni éléments de raisonnement)</translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of parts</source>
        <translation>%1.content doit être une chaîne ou une liste de parties</translation>
    </message>
    <message>
        <source>&apos;input&apos; must be a string or a list of messages</source>
        <translation>&apos;input&apos; doit être une chaîne ou une liste de messages</translation>
    </message>
    <message>
        <source>&apos;max_output_tokens&apos; must be an integer between 1 and %1</source>
        <translation>&apos;max_output_tokens&apos; doit être un entier entre 1 et %1</translation>
    </message>
</context>
<context>
    <name>mdi::ResultBatchMessage</name>
    <message>
        <source>a ResultBatch needs at least one entry</source>
        <translation>un ResultBatch doit avoir au moins une entrée</translation>
    </message>
    <message>
        <source>%1 rows for an entry (%2)</source>
        <translation>%1 lignes pour une entrée (%2)</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>a failed entry has none</source>
        <translation>une entrée en échec n’en a aucune</translation>
    </message>
    <message>
        <source>the entries hold more than %1 rows</source>
        <translation>les entrées contiennent plus de %1 lignes</translation>
    </message>
</context>
<context>
    <name>mdi::ResultMessage</name>
    <message>
        <source>a failed Result carries no hidden states</source>
        <translation>un Result en échec ne transporte pas d&apos;états cachés</translation>
    </message>
    <message>
        <source>%1 rows of hidden states for %2 tokens</source>
        <translation>%1 lignes d&apos;états cachés pour %2 tokens</translation>
    </message>
    <message>
        <source>hidden states need at least one column</source>
        <translation>les états cachés nécessitent au moins une colonne</translation>
    </message>
</context>
<context>
    <name>mdi::RopeIndex</name>
    <message>
        <source>The prompt contains a video token at position %1; video input is not supported.</source>
        <translation>Le prompt contient un token vidéo à la position %1 ; l&apos;entrée vidéo n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>Image %1 has an invalid patch grid %2x%3x%4 (rows and columns must be positive multiples of %5).</source>
        <translation>L&apos;image %1 a une grille de patchs non valide %2x%3x%4 (les lignes et les colonnes doivent être des multiples positifs de %5).</translation>
    </message>
    <message>
        <source>Image %1 needs %2 image tokens but the prompt has %3 at position %4.</source>
        <translation>L&apos;image %1 nécessite %2 tokens d&apos;image, mais le prompt en a %3 à la position %4.</translation>
    </message>
    <message numerus="yes">
        <source>The prompt has more image placeholders than the %n image(s) given.</source>
        <translation>
            <numerusform>Le prompt contient plus d&apos;espaces réservés d&apos;image que la %n image fournie.</numerusform>
            <numerusform>Le prompt contient plus d&apos;espaces réservés d&apos;image que les %n images fournies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were given but the prompt has placeholders for %1.</source>
        <translation>
            <numerusform>%n image a été fournie mais le prompt contient des espaces réservés pour %1.</numerusform>
            <numerusform>%n images ont été fournies mais le prompt contient des espaces réservés pour %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::SafetensorsFile</name>
    <message>
        <source>%1: file not found (%2)</source>
        <translation>%1 : fichier introuvable (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>%1: not a safetensors file: %2 bytes is shorter than the 8-byte header length</source>
        <translation>%1 : ce n&apos;est pas un fichier safetensors : %2 octets, c&apos;est moins que les 8 octets de la longueur d&apos;en-tête</translation>
    </message>
    <message>
        <source>%1: cannot map the file into memory: %2</source>
        <translation>%1 : impossible de mapper le fichier en mémoire : %2</translation>
    </message>
    <message>
        <source>%1: header length %2 exceeds the limit of %3 bytes (corrupt file?)</source>
        <translation>%1 : la longueur d&apos;en-tête %2 dépasse la limite de %3 octets (fichier corrompu ?)</translation>
    </message>
    <message>
        <source>%1: header length %2 runs past the end of the file (%3 bytes; truncated?)</source>
        <translation>%1 : la longueur d&apos;en-tête %2 dépasse la fin du fichier (%3 octets ; fichier tronqué ?)</translation>
    </message>
    <message>
        <source>%1: header is not valid JSON (offset %2: %3)</source>
        <translation>%1 : l&apos;en-tête n&apos;est pas du JSON valide (position %2 : %3)</translation>
    </message>
    <message>
        <source>%1: header is not a JSON object</source>
        <translation>%1 : l&apos;en-tête n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; appears more than once in the header</source>
        <translation>%1 : le tenseur &apos;%2&apos; apparaît plusieurs fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>%1: __metadata__ is not an object</source>
        <translation>%1 : __metadata__ n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>%1: entry &apos;%2&apos; is not an object</source>
        <translation>%1 : l&apos;entrée &apos;%2&apos; n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has unknown dtype &apos;%3&apos;</source>
        <translation>%1 : le tenseur &apos;%2&apos; a un dtype inconnu &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no shape list</source>
        <translation>%1 : le tenseur &apos;%2&apos; n&apos;a pas de liste de forme</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has an invalid dimension in its shape</source>
        <translation>%1 : le tenseur &apos;%2&apos; a une dimension non valide dans sa forme</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is larger than the file</source>
        <translation>%1 : le tenseur &apos;%2&apos; est plus grand que le fichier</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; needs data_offsets [begin, end]</source>
        <translation>%1 : le tenseur &apos;%2&apos; nécessite data_offsets [begin, end]</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has invalid data_offsets [%3, %4]</source>
        <translation>%1 : le tenseur &apos;%2&apos; a des data_offsets non valides [%3, %4]</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; lies outside the data (ends at byte %3 of %4; truncated file?)</source>
        <translation>%1 : le tenseur &apos;%2&apos; se trouve en dehors des données (se termine à l&apos;octet %3 sur %4 ; fichier tronqué ?)</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos;: shape x dtype size is %3 bytes but its byte range holds %4</source>
        <translation>%1 : tenseur &apos;%2&apos; : forme x taille du dtype donne %3 octets, mais sa plage d&apos;octets en contient %4</translation>
    </message>
    <message>
        <source>%1: the byte ranges of tensors &apos;%2&apos; and &apos;%3&apos; overlap</source>
        <translation>%1 : les plages d&apos;octets des tenseurs &apos;%2&apos; et &apos;%3&apos; se chevauchent</translation>
    </message>
</context>
<context>
    <name>mdi::SafetensorsWriter</name>
    <message>
        <source>%1: tensor &apos;%2&apos; declared after writing began</source>
        <translation>%1 : tenseur &apos;%2&apos; déclaré après le début de l&apos;écriture</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid tensor name</source>
        <translation>%1 : &apos;%2&apos; n&apos;est pas un nom de tenseur valide</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; added twice</source>
        <translation>%1 : tenseur &apos;%2&apos; ajouté deux fois</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has a negative dimension</source>
        <translation>%1 : le tenseur &apos;%2&apos; a une dimension négative</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is too large</source>
        <translation>%1 : le tenseur &apos;%2&apos; est trop grand</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; needs %3 bytes, %4 were given</source>
        <translation>%1 : le tenseur &apos;%2&apos; nécessite %3 octets, %4 ont été fournis</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1: writing has already begun</source>
        <translation>%1 : l&apos;écriture a déjà commencé</translation>
    </message>
    <message>
        <source>%1: append() before begin()</source>
        <translation>%1 : append() avant begin()</translation>
    </message>
    <message>
        <source>more tensor data than the header declares (%1 bytes)</source>
        <translation>plus de données de tenseur que l&apos;en-tête n&apos;en déclare (%1 octets)</translation>
    </message>
    <message>
        <source>%1: commit() before begin()</source>
        <translation>%1 : commit() avant begin()</translation>
    </message>
    <message>
        <source>%1 of %2 bytes of tensor data were written</source>
        <translation>%1 octets de données de tenseur sur %2 ont été écrits</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has no data</source>
        <translation>%1 : le tenseur &apos;%2&apos; n&apos;a pas de données</translation>
    </message>
</context>
<context>
    <name>mdi::SamplingPreset</name>
    <message>
        <source>As in Settings</source>
        <translation>Comme dans les réglages</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Précis</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Créatif</translation>
    </message>
    <message>
        <source>The sampling chosen in Settings for every conversation.</source>
        <translation>L&apos;échantillonnage choisi dans les réglages pour toutes les conversations.</translation>
    </message>
    <message>
        <source>The model&apos;s own values: the most likely answer, the same each time (Regenerate still varies it).</source>
        <translation>Les valeurs propres du modèle : la réponse la plus probable, la même à chaque fois (Régénérer la fait quand même varier).</translation>
    </message>
    <message>
        <source>Some variety, still to the point: the values Qwen recommends for chat.</source>
        <translation>Un peu de variété, toujours pertinent : les valeurs que Qwen recommande pour la discussion.</translation>
    </message>
    <message>
        <source>More varied and surprising wording; may wander off more often.</source>
        <translation>Des formulations plus variées et surprenantes ; peut s&apos;égarer plus souvent.</translation>
    </message>
    <message>
        <source>sampling: the preset &apos;%1&apos; is unknown (precise, balanced or creative)</source>
        <translation>sampling : le préréglage « %1 » est inconnu (precise, balanced ou creative)</translation>
    </message>
    <message>
        <source>greedy: always the most likely word</source>
        <translation>glouton : toujours le mot le plus probable</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>température %1</translation>
    </message>
    <message>
        <source>top-p %1</source>
        <translation>top-p %1</translation>
    </message>
    <message>
        <source>top-p off</source>
        <translation>top-p désactivé</translation>
    </message>
    <message>
        <source>top-k %1</source>
        <translation>top-k %1</translation>
    </message>
    <message>
        <source>top-k off</source>
        <translation>top-k désactivé</translation>
    </message>
    <message>
        <source>min-p %1</source>
        <translation>min-p %1</translation>
    </message>
    <message>
        <source>%1: in effect always the most likely word</source>
        <translation>%1 : en pratique toujours le mot le plus probable</translation>
    </message>
</context>
<context>
    <name>mdi::ScreenCapture</name>
    <message>
        <source>Capture Screen &amp;Region</source>
        <translation>Capturer une &amp;zone de l&apos;écran</translation>
    </message>
    <message>
        <source>Attach a picture of part of the screen (Ctrl+Shift+S)</source>
        <translation>Joindre une image d&apos;une partie de l&apos;écran (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>The screen cannot be captured: no screen was found.</source>
        <translation>L&apos;écran ne peut pas être capturé : aucun écran trouvé.</translation>
    </message>
    <message>
        <source>The screen could not be captured (the system did not hand out its picture). Take a screenshot with your desktop&apos;s tool and paste it (Ctrl+V).</source>
        <translation>L&apos;écran n&apos;a pas pu être capturé (le système n&apos;a pas fourni son image). Faites une capture avec l&apos;outil de votre bureau et collez-la (Ctrl+V).</translation>
    </message>
</context>
<context>
    <name>mdi::ServeCommand</name>
    <message>
        <source>Address to listen on (default 127.0.0.1; 0.0.0.0 exposes the API to the network).</source>
        <translation>Adresse d&apos;écoute (par défaut 127.0.0.1 ; 0.0.0.0 expose l&apos;API au réseau).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8080; 0 picks a free one).</source>
        <translation>Port d&apos;écoute (par défaut 8080 ; 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer KEY&quot; on every request (default: the MDI_API_KEY environment variable).</source>
        <translation>Exiger &quot;Authorization: Bearer KEY&quot; à chaque requête (par défaut : la variable d&apos;environnement MDI_API_KEY).</translation>
    </message>
    <message>
        <source>Largest request body in MiB (default 50).</source>
        <translation>Taille maximale du corps de requête en Mio (par défaut 50).</translation>
    </message>
    <message>
        <source>--model DIR is required (see --help)</source>
        <translation>--model DIR est obligatoire (voir --help)</translation>
    </message>
    <message>
        <source>--host takes an IP address such as 127.0.0.1 or ::1, not &apos;%1&apos;</source>
        <translation>--host attend une adresse IP comme 127.0.0.1 ou ::1, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-body-mb must be 1..4096 and --max-answers at least 1</source>
        <translation>--max-body-mb doit être compris entre 1 et 4096 et --max-answers valoir au moins 1</translation>
    </message>
    <message>
        <source>warning: listening on %1 without an API key; anyone who can reach this machine can use the model%2</source>
        <translation>avertissement : écoute sur %1 sans clé d&apos;API ; toute personne pouvant joindre cette machine peut utiliser le modèle%2</translation>
    </message>
    <message>
        <source> and read image files on it</source>
        <translation> et lire les fichiers image qui s&apos;y trouvent</translation>
    </message>
    <message>
        <source>model %1 loaded (plan %2, %3)</source>
        <translation>modèle %1 chargé (plan %2, %3)</translation>
    </message>
    <message>
        <source>Answers in progress at once; more requests wait (default 16).</source>
        <translation>Réponses en cours simultanément ; les requêtes supplémentaires attendent (par défaut 16).</translation>
    </message>
    <message>
        <source>Requests waiting for a free answer slot; more get 429 (default 64).</source>
        <translation>Requêtes en attente d&apos;un emplacement de réponse libre ; les suivantes reçoivent 429 (par défaut 64).</translation>
    </message>
    <message>
        <source>Seconds a request waits for a slot before it gets 429 (default 60).</source>
        <translation>Secondes pendant lesquelles une requête attend un emplacement avant de recevoir 429 (par défaut 60).</translation>
    </message>
    <message>
        <source>Read file:// image URLs from this computer&apos;s disk (off by default: only data: URLs are read).</source>
        <translation>Lire les URL d&apos;image file:// depuis le disque de cet ordinateur (désactivé par défaut : seules les URL data: sont lues).</translation>
    </message>
    <message>
        <source>Refuse file:// image URLs (the default; overrides --allow-file-urls).</source>
        <translation>Refuser les URL d&apos;image file:// (par défaut ; annule --allow-file-urls).</translation>
    </message>
    <message>
        <source>Another name requests may use for the model, listed by /v1/models (repeatable).</source>
        <translation>Un autre nom que les requêtes peuvent utiliser pour le modèle, listé par /v1/models (répétable).</translation>
    </message>
    <message>
        <source>--max-queue must be at least 0 and --queue-timeout 1..3600</source>
        <translation>--max-queue doit valoir au moins 0 et --queue-timeout 1..3600</translation>
    </message>
    <message>
        <source>--model-alias needs a name</source>
        <translation>--model-alias nécessite un nom</translation>
    </message>
    <message>
        <source>Serves the model over HTTP: OpenAI-compatible chat completions and responses with images, and Ollama&apos;s API (see docs/API.md).</source>
        <translation>Sert le modèle en HTTP : chat completions et responses compatibles OpenAI avec images, et l&apos;API d&apos;Ollama (voir docs/API.md).</translation>
    </message>
    <message>
        <source>Let web pages from ORIGIN (such as http://localhost:3000; * for any) call the API: CORS (repeatable; off by default).</source>
        <translation>Permet aux pages web d&apos;ORIGIN (par exemple http://localhost:3000 ; * pour toutes) d&apos;appeler l&apos;API : CORS (répétable ; désactivé par défaut).</translation>
    </message>
    <message>
        <source>Accept requests addressed to NAME (the Host header, such as host.docker.internal) besides localhost (repeatable).</source>
        <translation>Accepte les requêtes adressées à NAME (l&apos;en-tête Host, par exemple host.docker.internal) en plus de localhost (répétable).</translation>
    </message>
    <message>
        <source>--cors-origin: %1</source>
        <translation>--cors-origin : %1</translation>
    </message>
    <message>
        <source>--allow-host takes a host name such as host.docker.internal, not &apos;%1&apos;</source>
        <translation>--allow-host attend un nom d&apos;hôte comme host.docker.internal, pas &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>mdi::SettingsDialog</name>
    <message>
        <source>Model default</source>
        <translation>Valeur par défaut du modèle</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <source>Maximum new tokens</source>
        <translation>Nombre maximal de nouveaux tokens</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Dossier du modèle</translation>
    </message>
    <message>
        <source>Folder with config.json and *.safetensors</source>
        <translation>Dossier contenant config.json et *.safetensors</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Choisir le dossier du modèle</translation>
    </message>
    <message>
        <source>Compute precision</source>
        <translation>Précision de calcul</translation>
    </message>
    <message>
        <source>Threads for the computation; Automatic uses the physical cores (%1 logical here).</source>
        <translation>Threads pour le calcul ; Automatique utilise les cœurs physiques (%1 logiques ici).</translation>
    </message>
    <message>
        <source>Maximum image size in pixels</source>
        <translation>Taille d&apos;image maximale en pixels</translation>
    </message>
    <message>
        <source> pixels</source>
        <translation> pixels</translation>
    </message>
    <message>
        <source>Larger images are scaled down to this many pixels before the model sees them. More pixels show more detail but take more time and context.</source>
        <translation>Les images plus grandes sont réduites à ce nombre de pixels avant que le modèle ne les voie. Plus de pixels montrent plus de détails mais prennent plus de temps et de contexte.</translation>
    </message>
    <message>
        <source>Model &amp;folder:</source>
        <translation>&amp;Dossier du modèle :</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Précision :</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads :</translation>
    </message>
    <message>
        <source>Maximum &amp;image size:</source>
        <translation>Taille d&apos;&amp;image maximale :</translation>
    </message>
    <message>
        <source>Changes to the model, precision, threads or image size reload the model.</source>
        <translation>Modifier le modèle, la précision, les threads ou la taille d&apos;image recharge le modèle.</translation>
    </message>
    <message>
        <source>Default system prompt</source>
        <translation>Prompt système par défaut</translation>
    </message>
    <message>
        <source>Empty: the model&apos;s own default (&quot;You are a helpful assistant.&quot;)</source>
        <translation>Vide : la valeur par défaut du modèle (« You are a helpful assistant. »)</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>T&amp;empérature :</translation>
    </message>
    <message>
        <source>Top-&amp;k:</source>
        <translation>Top-&amp;k :</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p :</translation>
    </message>
    <message>
        <source>&amp;Min-p:</source>
        <translation>&amp;Min-p :</translation>
    </message>
    <message>
        <source>&amp;Repetition penalty:</source>
        <translation>Pénalité de répé&amp;tition :</translation>
    </message>
    <message>
        <source>Maximum &amp;new tokens:</source>
        <translation>Nombre maximal de &amp;nouveaux tokens :</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>Prompt &amp;système :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Réponses</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Choose the Model Folder</source>
        <translation>Choisir le dossier du modèle</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <source>&amp;Serve the loaded model to programs on this computer</source>
        <translation>Mettre le modèle chargé à la &amp;disposition des programmes de cet ordinateur</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>API locale</translation>
    </message>
    <message>
        <source>Local API port</source>
        <translation>Port de l&apos;API locale</translation>
    </message>
    <message>
        <source>Local API key</source>
        <translation>Clé de l&apos;API locale</translation>
    </message>
    <message>
        <source>None: every program on this computer may use it</source>
        <translation>Aucune : tout programme de cet ordinateur peut l&apos;utiliser</translation>
    </message>
    <message>
        <source>OpenAI-compatible chat completions with images at http://127.0.0.1:PORT/v1, for scripts and other tools. Only this computer can connect; with a key, requests must send &quot;Authorization: Bearer KEY&quot;.</source>
        <translation>Complétions de chat compatibles OpenAI avec images sur http://127.0.0.1:PORT/v1, pour les scripts et autres outils. Seul cet ordinateur peut se connecter ; avec une clé, les requêtes doivent envoyer &quot;Authorization: Bearer KEY&quot;.</translation>
    </message>
    <message>
        <source>&amp;Local API</source>
        <translation>API l&amp;ocale</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Automatique (recommandée)</translation>
    </message>
    <message>
        <source>Best quality (bf16/f32)</source>
        <translation>Meilleure qualité (bf16/f32)</translation>
    </message>
    <message>
        <source>Balanced (8-bit)</source>
        <translation>Équilibrée (8-bit)</translation>
    </message>
    <message>
        <source>Smallest (4-bit)</source>
        <translation>La plus compacte (4-bit)</translation>
    </message>
    <message>
        <source>Automatic picks the fastest weight format that keeps quality on this computer: 8-bit for the language model, the checkpoint&apos;s own precision for the vision tower.</source>
        <translation>Automatique choisit le format de poids le plus rapide qui préserve la qualité sur cet ordinateur : 8-bit pour le modèle de langage, la précision d&apos;origine du checkpoint pour la tour de vision.</translation>
    </message>
    <message>
        <source>&quot;Model default&quot; takes the value from the model&apos;s generation_config.json. Setting temperature, top-k, top-p or min-p replaces the model&apos;s values of all four: those left at &quot;Model default&quot; are then 1 or off. The system prompt applies to new conversations.</source>
        <translation>« Valeur du modèle » reprend la valeur de generation_config.json du modèle. Régler la température, top-k, top-p ou min-p remplace les valeurs du modèle pour les quatre : celles laissées sur « Valeur du modèle » valent alors 1 ou sont désactivées. L&apos;invite système s&apos;applique aux nouvelles conversations.</translation>
    </message>
    <message>
        <source>The model folder %1 does not exist.</source>
        <translation>Le dossier du modèle %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a model folder: %2</source>
        <translation>%1 n&apos;est pas un dossier de modèle : %2</translation>
    </message>
    <message>
        <source>%1 is not a model folder: it holds no *.safetensors weights.</source>
        <translation>%1 n&apos;est pas un dossier de modèle : il ne contient aucun poids *.safetensors.</translation>
    </message>
    <message>
        <source>%1 is not a model folder: it has no tokenizer.json.</source>
        <translation>%1 n&apos;est pas un dossier de modèle : il n&apos;a pas de tokenizer.json.</translation>
    </message>
</context>
<context>
    <name>mdi::Sha256Hasher</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1 from byte %2.</source>
        <translation>Impossible de lire %1 à partir de l&apos;octet %2.</translation>
    </message>
    <message>
        <source>it ends early</source>
        <translation>le fichier se termine trop tôt</translation>
    </message>
</context>
<context>
    <name>mdi::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Message field</source>
        <translation>Champ du message</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
</context>
<context>
    <name>mdi::StageLinkBuilder</name>
    <message>
        <source>Layers %1-%2 are planned on the peer %3, but this program cannot reach peers.</source>
        <translation>Les couches %1-%2 sont prévues sur le pair %3, mais ce programme ne peut pas joindre de pairs.</translation>
    </message>
    <message>
        <source>The model is being unloaded.</source>
        <translation>Le modèle est en cours de déchargement.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
</context>
<context>
    <name>mdi::StageReadyMessage</name>
    <message>
        <source>[%1, %2) is not a layer range</source>
        <translation>[%1, %2) n&apos;est pas une plage de couches</translation>
    </message>
    <message>
        <source>a byte count is negative</source>
        <translation>un nombre d&apos;octets est négatif</translation>
    </message>
</context>
<context>
    <name>mdi::StatsMessage</name>
    <message>
        <source>a count is negative</source>
        <translation>un compteur est négatif</translation>
    </message>
</context>
<context>
    <name>mdi::TensorFactory</name>
    <message>
        <source>&apos;%1&apos; is not a compute device (use cpu, cuda, cuda:N or mps).</source>
        <translation>&apos;%1&apos; n&apos;est pas un périphérique de calcul (utilisez cpu, cuda, cuda:N ou mps).</translation>
    </message>
    <message>
        <source>Missing tensor.</source>
        <translation>Tenseur manquant.</translation>
    </message>
    <message>
        <source>Tensor %1 has the unsupported dtype %2.</source>
        <translation>Le tenseur %1 a le dtype non pris en charge %2.</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be read: %2</source>
        <translation>Impossible de lire le tenseur %1 : %2</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be converted for %2 on %3: %4</source>
        <translation>Impossible de convertir le tenseur %1 pour %2 sur %3 : %4</translation>
    </message>
    <message>
        <source>The checkpoint has no tensor %1.</source>
        <translation>Le checkpoint n&apos;a pas de tenseur %1.</translation>
    </message>
    <message>
        <source>Tensor %1 has shape %2; the configuration implies %3.</source>
        <translation>Le tenseur %1 a la forme %2 ; la configuration implique %3.</translation>
    </message>
    <message>
        <source>The %1 weight format runs on the CPU only, not on &apos;%2&apos; (use bf16 or f32 there).</source>
        <translation>Le format de poids %1 ne s&apos;exécute que sur le CPU, pas sur &apos;%2&apos; (utilisez-y bf16 ou f32).</translation>
    </message>
    <message>
        <source>Tensor %1 has shape %2; a weight matrix has two or more dimensions.</source>
        <translation>Le tenseur %1 a la forme %2 ; une matrice de poids a au moins deux dimensions.</translation>
    </message>
    <message>
        <source>Tensor %1 has the dtype %2; a weight matrix must be F32, BF16 or F16.</source>
        <translation>Le tenseur %1 a le dtype %2 ; une matrice de poids doit être en F32, BF16 ou F16.</translation>
    </message>
    <message>
        <source>Tensor %1 cannot be converted to %2: %3</source>
        <translation>Impossible de convertir le tenseur %1 en %2 : %3</translation>
    </message>
    <message>
        <source>The model load was cancelled.</source>
        <translation>Le chargement du modèle a été annulé.</translation>
    </message>
</context>
<context>
    <name>mdi::TextEmbedding</name>
    <message>
        <source>Token id %1 at position %2 is outside the vocabulary (%3 tokens).</source>
        <translation>L&apos;identifiant de token %1 à la position %2 est hors du vocabulaire (%3 tokens).</translation>
    </message>
    <message>
        <source>Embedding failed: %1</source>
        <translation>L&apos;embedding a échoué : %1</translation>
    </message>
    <message>
        <source>The prompt has %1 image tokens but the images give %2 embeddings.</source>
        <translation>Le prompt contient %1 tokens d&apos;image mais les images donnent %2 embeddings.</translation>
    </message>
</context>
<context>
    <name>mdi::TokenizerJsonLoader</name>
    <message>
        <source>has no &apos;model&apos; object</source>
        <translation>n&apos;a pas d&apos;objet &apos;model&apos;</translation>
    </message>
    <message>
        <source>the pre-tokenizer has no ByteLevel step; only byte-level BPE tokenizers are supported</source>
        <translation>le pré-tokeniseur n&apos;a pas d&apos;étape ByteLevel ; seuls les tokeniseurs BPE au niveau octet sont pris en charge</translation>
    </message>
    <message>
        <source>model type &apos;%1&apos; is not supported (only BPE)</source>
        <translation>le type de modèle &apos;%1&apos; n&apos;est pas pris en charge (uniquement BPE)</translation>
    </message>
    <message>
        <source>BPE byte_fallback is not supported (only byte-level BPE)</source>
        <translation>byte_fallback de BPE n&apos;est pas pris en charge (uniquement BPE au niveau octet)</translation>
    </message>
    <message>
        <source>BPE subword prefixes/suffixes are not supported (only byte-level BPE)</source>
        <translation>les préfixes/suffixes de sous-mots BPE ne sont pas pris en charge (uniquement BPE au niveau octet)</translation>
    </message>
    <message>
        <source>model.vocab is missing or not an object</source>
        <translation>model.vocab est absent ou n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>model.vocab is empty</source>
        <translation>model.vocab est vide</translation>
    </message>
    <message>
        <source>model.vocab entry &apos;%1&apos; has an invalid id</source>
        <translation>l&apos;entrée &apos;%1&apos; de model.vocab a un identifiant non valide</translation>
    </message>
    <message>
        <source>model.vocab entry &apos;%1&apos; is not spelled in the byte-level alphabet</source>
        <translation>l&apos;entrée &apos;%1&apos; de model.vocab n&apos;est pas écrite dans l&apos;alphabet au niveau octet</translation>
    </message>
    <message>
        <source>model.vocab id %1 is used twice</source>
        <translation>l&apos;identifiant %1 de model.vocab est utilisé deux fois</translation>
    </message>
    <message>
        <source>model.merges is missing or not an array</source>
        <translation>model.merges est absent ou n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>model.merges[%1] &apos;%2&apos; is not two tokens separated by one space</source>
        <translation>model.merges[%1] &apos;%2&apos; n&apos;est pas formé de deux tokens séparés par une espace</translation>
    </message>
    <message>
        <source>model.merges[%1] is neither &quot;a b&quot; nor [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>model.merges[%1] n&apos;est ni &quot;a b&quot; ni [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>model.merges[%1] &apos;%2 %3&apos; uses a token that is not in the vocabulary</source>
        <translation>model.merges[%1] &apos;%2 %3&apos; utilise un token absent du vocabulaire</translation>
    </message>
    <message>
        <source>model.merges[%1]: the merged token &apos;%2&apos; is not in the vocabulary</source>
        <translation>model.merges[%1] : le token fusionné &apos;%2&apos; est absent du vocabulaire</translation>
    </message>
    <message>
        <source>added_tokens is not an array</source>
        <translation>added_tokens n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>added_tokens[%1] has no valid id</source>
        <translation>added_tokens[%1] n&apos;a pas d&apos;identifiant valide</translation>
    </message>
    <message>
        <source>added_tokens[%1] has no content</source>
        <translation>added_tokens[%1] n&apos;a pas de contenu</translation>
    </message>
    <message>
        <source>normalizer &apos;%1&apos; is not supported (NFC, NFD, NFKC, NFKD or a Sequence of them)</source>
        <translation>le normaliseur &apos;%1&apos; n&apos;est pas pris en charge (NFC, NFD, NFKC, NFKD ou une Sequence de ceux-ci)</translation>
    </message>
    <message>
        <source>%1: the pattern does not compile: %2</source>
        <translation>%1 : le motif ne se compile pas : %2</translation>
    </message>
    <message>
        <source>ByteLevel pre-tokenizer</source>
        <translation>pré-tokeniseur ByteLevel</translation>
    </message>
    <message>
        <source>Split pre-tokenizer behavior &apos;%1&apos; is not supported (only Isolated)</source>
        <translation>le comportement &apos;%1&apos; du pré-tokeniseur Split n&apos;est pas pris en charge (uniquement Isolated)</translation>
    </message>
    <message>
        <source>inverted Split pre-tokenizers are not supported</source>
        <translation>les pré-tokeniseurs Split inversés ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>Split pre-tokenizer</source>
        <translation>pré-tokeniseur Split</translation>
    </message>
    <message>
        <source>Split pre-tokenizer has no Regex or String pattern</source>
        <translation>le pré-tokeniseur Split n&apos;a pas de motif Regex ou String</translation>
    </message>
    <message>
        <source>pre-tokenizer &apos;%1&apos; is not supported (Split, ByteLevel or a Sequence of them)</source>
        <translation>le pré-tokeniseur &apos;%1&apos; n&apos;est pas pris en charge (Split, ByteLevel ou une Sequence de ceux-ci)</translation>
    </message>
    <message>
        <source>decoder &apos;%1&apos; is not supported (only ByteLevel)</source>
        <translation>le décodeur &apos;%1&apos; n&apos;est pas pris en charge (uniquement ByteLevel)</translation>
    </message>
</context>
<context>
    <name>mdi::VisionTower</name>
    <message>
        <source>Invalid image patch grid %1x%2x%3.</source>
        <translation>Grille de patchs d&apos;image non valide %1x%2x%3.</translation>
    </message>
    <message>
        <source>No images were given to the vision tower.</source>
        <translation>Aucune image n&apos;a été fournie à la tour de vision.</translation>
    </message>
    <message>
        <source>Pixel values must be [%1, %2] for the given image grids.</source>
        <translation>Les valeurs de pixels doivent être de forme [%1, %2] pour les grilles d&apos;image données.</translation>
    </message>
    <message>
        <source>The vision tower failed: %1</source>
        <translation>La tour de vision a échoué : %1</translation>
    </message>
    <message>
        <source>The image was not read to the end: the answer was stopped.</source>
        <translation>L&apos;image n&apos;a pas été lue jusqu&apos;au bout : la réponse a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>mdi::WeightAckMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>est hors limites : %1</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>a la valeur inconnue %1</translation>
    </message>
</context>
<context>
    <name>mdi::WeightCache</name>
    <message>
        <source>Cannot create the weight cache folder %1.</source>
        <translation>Impossible de créer le dossier du cache des poids %1.</translation>
    </message>
    <message>
        <source>Tensor %1 has the unknown dtype &apos;%2&apos;.</source>
        <translation>Le tenseur %1 a le dtype inconnu &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Tensor %1: %2 bytes do not fit its shape and dtype.</source>
        <translation>Tenseur %1 : %2 octets ne correspondent pas à sa forme et à son dtype.</translation>
    </message>
    <message>
        <source>Tensor %1: a chunk at byte %2, but %3 bytes are held.</source>
        <translation>Tenseur %1 : un bloc à l&apos;octet %2, mais %3 octets sont détenus.</translation>
    </message>
    <message>
        <source>Tensor %1: a chunk runs past its %2 bytes.</source>
        <translation>Tenseur %1 : un bloc dépasse ses %2 octets.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into the cache.</source>
        <translation>Impossible de déplacer %1 dans le cache.</translation>
    </message>
    <message>
        <source>The cached file of tensor %1 does not match it.</source>
        <translation>Le fichier en cache du tenseur %1 ne lui correspond pas.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The cached file of tensor %1 changed after it was verified.</source>
        <translation>Le fichier en cache du tenseur %1 a changé après sa vérification.</translation>
    </message>
</context>
<context>
    <name>mdi::WeightChunkMessage</name>
    <message>
        <source>is out of range: %1</source>
        <translation>est hors limites : %1</translation>
    </message>
    <message>
        <source>says %1 bytes but %2 follow</source>
        <translation>annonce %1 octets mais %2 suivent</translation>
    </message>
</context>
<context>
    <name>mdi::WireReader</name>
    <message>
        <source>needs %1 bytes but only %2 are left</source>
        <translation>nécessite %1 octets mais il n&apos;en reste que %2</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>must be 0 or 1, not %1</source>
        <translation>doit valoir 0 ou 1, pas %1</translation>
    </message>
    <message>
        <source>is %1 bytes long; at most %2 are allowed</source>
        <translation>fait %1 octets ; au plus %2 sont autorisés</translation>
    </message>
    <message>
        <source>is not valid UTF-8</source>
        <translation>n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <source>counts %1 elements; at most %2 are allowed</source>
        <translation>compte %1 éléments ; au plus %2 sont autorisés</translation>
    </message>
    <message>
        <source>counts %1 elements but only %2 bytes are left</source>
        <translation>compte %1 éléments mais il ne reste que %2 octets</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; %2</source>
        <translation>champ &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the last field</source>
        <translation>%1 octets inattendus après le dernier champ</translation>
    </message>
    <message>
        <source>malformed %1 message: %2</source>
        <translation>message %1 mal formé : %2</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>n&apos;est pas un identifiant valide</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>est négatif</translation>
    </message>
    <message>
        <source>has the unknown value %1</source>
        <translation>a la valeur inconnue %1</translation>
    </message>
    <message>
        <source>must be between 0 and %1, not %2</source>
        <translation>doit être compris entre 0 et %1, pas %2</translation>
    </message>
    <message>
        <source>is %1 bytes; %2 x %3 %4 values take %5 bytes and %6 bytes are left</source>
        <translation>fait %1 octets ; %2 x %3 valeurs %4 occupent %5 octets et il reste %6 octets</translation>
    </message>
    <message>
        <source>%1 rows of hidden states where the entries add up to %2</source>
        <translation>%1 lignes d’états cachés alors que les entrées en totalisent %2</translation>
    </message>
    <message>
        <source>must be between 1 and %1, not %2</source>
        <translation>doit être entre 1 et %1, pas %2</translation>
    </message>
</context>
</TS>
