<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>mdi::ApiServer</name>
    <message numerus="yes">
        <source>%n answer(s) are in progress and %1 requests are waiting, the most this server holds; try again later.</source>
        <translation>
            <numerusform>%n answer is in progress and %1 requests are waiting, the most this server holds; try again later.</numerusform>
            <numerusform>%n answers are in progress and %1 requests are waiting, the most this server holds; try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::ChatTemplate</name>
    <message numerus="yes">
        <source>%n image placeholder(s)</source>
        <translation>
            <numerusform>%n image placeholder</numerusform>
            <numerusform>%n image placeholders</numerusform>
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
    <name>mdi::Checkpoint</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) missing from their shards</source>
        <translation>
            <numerusform>... and %n more tensor missing from their shards</numerusform>
            <numerusform>... and %n more tensors missing from their shards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) missing from the index</source>
        <translation>
            <numerusform>... and %n more tensor missing from the index</numerusform>
            <numerusform>... and %n more tensors missing from the index</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) with a wrong shape</source>
        <translation>
            <numerusform>... and %n more tensor with a wrong shape</numerusform>
            <numerusform>... and %n more tensors with a wrong shape</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) with a non-float dtype</source>
        <translation>
            <numerusform>... and %n more tensor with a non-float dtype</numerusform>
            <numerusform>... and %n more tensors with a non-float dtype</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more tensor(s) stored twice</source>
        <translation>
            <numerusform>... and %n more tensor stored twice</numerusform>
            <numerusform>... and %n more tensors stored twice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::ConversationSidebar</name>
    <message numerus="yes">
        <source>%n conversation(s) match the search</source>
        <translation>
            <numerusform>%n conversation matches the search</numerusform>
            <numerusform>%n conversations match the search</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::DecoderLayers</name>
    <message numerus="yes">
        <source>Layer range %1-%2 is not inside the model&apos;s %n layer(s).</source>
        <translation>
            <numerusform>Layer range %1-%2 is not inside the model&apos;s %n layer.</numerusform>
            <numerusform>Layer range %1-%2 is not inside the model&apos;s %n layers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The KV cache holds %n layer(s); this stage has %1.</source>
        <translation>
            <numerusform>The KV cache holds %n layer; this stage has %1.</numerusform>
            <numerusform>The KV cache holds %n layers; this stage has %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::DownloadCommand</name>
    <message numerus="yes">
        <source>%1 at %2: %n file(s), %3
</source>
        <translation>
            <numerusform>%1 at %2: %n file, %3
</numerusform>
            <numerusform>%1 at %2: %n files, %3
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::HttpConnection</name>
    <message numerus="yes">
        <source>The request body (%n byte(s)) did not arrive in time.</source>
        <translation>
            <numerusform>The request body (%n byte) did not arrive in time.</numerusform>
            <numerusform>The request body (%n bytes) did not arrive in time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::InspectCommand</name>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n layer</numerusform>
            <numerusform>%n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n file</numerusform>
            <numerusform>%1 in %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes, %n tensor(s)</source>
        <translation>
            <numerusform>%1 bytes, %n tensor</numerusform>
            <numerusform>%1 bytes, %n tensors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK: %n tensor(s) match config.json</source>
        <translation>
            <numerusform>OK: %n tensor matches config.json</numerusform>
            <numerusform>OK: %n tensors match config.json</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::MainWindow</name>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n layer</numerusform>
            <numerusform>%n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Layers %1 in %n local stage(s)</source>
        <translation>
            <numerusform>Layers %1 in %n local stage</numerusform>
            <numerusform>Layers %1 in %n local stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bring the deleted messages back (for %n second(s))</source>
        <translation>
            <numerusform>Bring the deleted messages back (for %n second)</numerusform>
            <numerusform>Bring the deleted messages back (for %n seconds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::MakeRandomCommand</name>
    <message numerus="yes">
        <source>Wrote %1: %2 tensors, %3 parameters, %4 bytes of %5 weights in %n file(s), seed %6, in %7 s (%8 MB/s)</source>
        <translation>
            <numerusform>Wrote %1: %2 tensors, %3 parameters, %4 bytes of %5 weights in %n file, seed %6, in %7 s (%8 MB/s)</numerusform>
            <numerusform>Wrote %1: %2 tensors, %3 parameters, %4 bytes of %5 weights in %n files, seed %6, in %7 s (%8 MB/s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::MessageWidget</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PdfPages</name>
    <message numerus="yes">
        <source>%1 has %n page(s); there is no page %2</source>
        <translation>
            <numerusform>%1 has %n page; there is no page %2</numerusform>
            <numerusform>%1 has %n pages; there is no page %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); pages %2 to %3 cannot be taken</source>
        <translation>
            <numerusform>%1 has %n page; pages %2 to %3 cannot be taken</numerusform>
            <numerusform>%1 has %n pages; pages %2 to %3 cannot be taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); with the pages before it that is more than %2, the most one request takes</source>
        <translation>
            <numerusform>%1 has %n page; with the pages before it that is more than %2, the most one request takes</numerusform>
            <numerusform>%1 has %n pages; with the pages before it that is more than %2, the most one request takes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PeerPlacement</name>
    <message numerus="yes">
        <source>%n peer(s) need at least %n stage(s); the plan has %1.</source>
        <translation>
            <numerusform>%n peer needs at least %n stage; the plan has %1.</numerusform>
            <numerusform>%n peers need at least %n stages; the plan has %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PeerServer</name>
    <message numerus="yes">
        <source>This node already serves %n connection(s).</source>
        <translation>
            <numerusform>This node already serves %n connection.</numerusform>
            <numerusform>This node already serves %n connections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed pairing attempt(s) in a row from this address; it is refused for another %1 s</source>
        <translation>
            <numerusform>%n failed pairing attempt in a row from this address; it is refused for another %1 s</numerusform>
            <numerusform>%n failed pairing attempts in a row from this address; it is refused for another %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PeersPanel</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::PromptPlanner</name>
    <message numerus="yes">
        <source>The prompt needs %1 tokens (%2 of them for %n image(s)), but the model&apos;s context holds %3. Use fewer or smaller images (lower the maximum image size) or a shorter conversation.</source>
        <translation>
            <numerusform>The prompt needs %1 tokens (%2 of them for %n image), but the model&apos;s context holds %3. Use fewer or smaller images (lower the maximum image size) or a shorter conversation.</numerusform>
            <numerusform>The prompt needs %1 tokens (%2 of them for %n images), but the model&apos;s context holds %3. Use fewer or smaller images (lower the maximum image size) or a shorter conversation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdi::RopeIndex</name>
    <message numerus="yes">
        <source>The prompt has more image placeholders than the %n image(s) given.</source>
        <translation>
            <numerusform>The prompt has more image placeholders than the %n image given.</numerusform>
            <numerusform>The prompt has more image placeholders than the %n images given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were given but the prompt has placeholders for %1.</source>
        <translation>
            <numerusform>%n image was given but the prompt has placeholders for %1.</numerusform>
            <numerusform>%n images were given but the prompt has placeholders for %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
