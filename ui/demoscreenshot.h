#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

namespace mdi {

class MainWindow;

// `mdi-chat --screenshot FILE`: the main window with a demo conversation (a drawn picture, a
// question about it and a Markdown answer with a code block) rendered to a PNG, without a model.
// The profile is a temporary folder, so the user's history is never touched.
class DemoScreenshot {
  Q_DECLARE_TR_FUNCTIONS(mdi::DemoScreenshot)

public:
  // theme: "light", "dark" or "system". With peers, the Peers panel is open beside the chat with
  // demo nodes (two paired and in use) and a plan over them.
  static Status render(const QString &filePath, const QString &theme, const QSize &size, bool peers = false);
  // The demo picture: a landscape drawn with gradients.
  static QImage demoImage();

private:
  static void showDemoPeers(MainWindow &window);
};

} // namespace mdi
