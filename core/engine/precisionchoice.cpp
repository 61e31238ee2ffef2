#include "engine/precisionchoice.h"

#include "kernels/cpufeatures.h"
#include "kernels/kernelisa.h"

namespace mdi {

QString PrecisionChoice::summary() const {
  if (text == vision)
    return ComputeOptions::dtypeName(text);
  return QStringLiteral("text %1, vision %2").arg(ComputeOptions::dtypeName(text), ComputeOptions::dtypeName(vision));
}

void PrecisionChoice::applyTo(ComputeOptions &options) const {
  options.dtype = text;
  options.visionDtype = vision;
}

QStringList PrecisionChoice::names() {
  return {QStringLiteral("auto"), QStringLiteral("best"), QStringLiteral("f32"),
          QStringLiteral("bf16"), QStringLiteral("q8"),   QStringLiteral("q4")};
}

bool PrecisionChoice::isValidName(const QString &name) {
  return name.isEmpty() || names().contains(name.toLower());
}

PrecisionChoice PrecisionChoice::resolve(const QString &requested, const QString &storageDtype, const QString &device) {
  PrecisionChoice c;
  c.requested = requested.isEmpty() ? QStringLiteral("auto") : requested.toLower();
  const bool cpu = device.isEmpty() || device == QLatin1String("cpu");
  const ComputeDtype own =
      storageDtype.compare(QLatin1String("BF16"), Qt::CaseInsensitive) == 0 ? ComputeDtype::BF16 : ComputeDtype::F32;
  const QString isa = QString::fromLatin1(kernels::isaName(kernels::bestIsa()));
  if (const std::optional<ComputeDtype> fixed = ComputeOptions::parseDtype(c.requested)) {
    c.text = *fixed;
    // 4-bit is for the decoder layers; the vision tower and head stay at 8 bits (ComputeOptions).
    c.vision = *fixed == ComputeDtype::Q4 ? ComputeDtype::Q8 : *fixed;
    c.reason = tr("%1 as requested.").arg(c.summary());
    return c;
  }
  if (c.requested == QLatin1String("best")) {
    c.text = c.vision = own;
    c.reason = tr("%1: the checkpoint's own precision (best quality).").arg(ComputeOptions::dtypeName(own));
    return c;
  }
  const bool unknown = c.requested != QLatin1String("auto");
  if (!cpu) {
    c.text = c.vision = ComputeDtype::BF16;
    c.reason = tr("Automatic: bf16 on %1.").arg(device);
  } else {
    c.text = ComputeDtype::Q8;
    c.vision = own;
    c.reason = tr("Automatic: 8-bit language model (decoding reads every weight once per token, so fewer bytes "
                  "are faster), %1 vision tower (best quality); %2 kernels on this CPU.")
                   .arg(ComputeOptions::dtypeName(own), isa);
  }
  if (unknown)
    c.reason = tr("'%1' is not a precision; %2").arg(requested, c.reason);
  return c;
}

} // namespace mdi
