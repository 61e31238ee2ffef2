#include "engine/sequencestate.h"

#include <QTest>

using namespace mdi;

namespace {
constexpr qint64 VS = 151652; // <|vision_start|>
constexpr qint64 VE = 151653; // <|vision_end|>
constexpr qint64 P = 151655;  // <|image_pad|>

using Image = SequenceState::Image;

// "a b <vs> [2x3 merged image] <ve> c": 11 tokens.
QList<qint64> imagePrompt() {
  return {10, 11, VS, P, P, P, P, P, P, VE, 12};
}

// Positions worked out by hand from Qwen2-VL's rule: text 0, 1, 2; the image starts at s = 3
// and its 2 x 3 merged grid gets (s, s + row, s + col); text resumes at the largest (5) + 1.
PositionIds imagePositions() {
  const QList<qint64> t{0, 1, 2, 3, 3, 3, 3, 3, 3, 6, 7};
  const QList<qint64> h{0, 1, 2, 3, 3, 3, 4, 4, 4, 6, 7};
  const QList<qint64> w{0, 1, 2, 3, 4, 5, 3, 4, 5, 6, 7};
  return PositionIds::fromRows(t + h + w);
}

Image image(qint64 start, qint64 tokens, const char *digest) {
  return Image{start, tokens, QByteArray(digest)};
}

SequenceState withImagePrompt(const char *digest = "A") {
  SequenceState s;
  s.append(imagePrompt(), imagePositions(), {image(3, 6, digest)});
  return s;
}
} // namespace

class TestSequenceState : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void emptyState() {
    const SequenceState s;
    QCOMPARE(s.length(), 0);
    QCOMPARE(s.nextPosition(), 0);
    QCOMPARE(s.ropeDelta(), 0);
    QCOMPARE(s.reusablePrefix({1, 2, 3}, {}), 0);
  }

  void appendTextTracksPositions() {
    SequenceState s;
    s.append({5, 6, 7}, PositionIds::uniform(0, 3));
    QCOMPARE(s.length(), 3);
    QCOMPARE(s.tokens(), (QList<qint64>{5, 6, 7}));
    QCOMPARE(s.nextPosition(), 3);
    QCOMPARE(s.ropeDelta(), 0);
    // A decode step: cache position 3 + delta 0.
    s.append({8}, PositionIds::uniform(3, 1));
    QCOMPARE(s.nextPosition(), 4);
    QCOMPARE(s.ropeDelta(), 0);
    QVERIFY(s.images().isEmpty());
  }

  void appendWithImageBlock() {
    const SequenceState s = withImagePrompt();
    QCOMPARE(s.length(), 11);
    QCOMPARE(s.nextPosition(), 8); // "c" sits at 7
    QCOMPARE(s.ropeDelta(), -3);   // 8 - 11: the 6 image tokens span only 3 positions
    QCOMPARE(s.images(), (QList<Image>{image(3, 6, "A")}));

    // The next decode step: cache index 11 -> position 11 - 3 = 8 on all axes.
    SequenceState next = s;
    next.append({13}, PositionIds::uniform(s.length() + s.ropeDelta(), 1));
    QCOMPARE(next.nextPosition(), 9);
    QCOMPARE(next.ropeDelta(), -3);
  }

  void imageStartsAreRelativeToTheAppendedIds() {
    SequenceState s;
    s.append({1, 2}, PositionIds::uniform(0, 2));
    // <vs> and a 1 x 4 merged image (s = 3: w runs 3..6), <ve> at 7.
    const QList<qint64> t{2, 3, 3, 3, 3, 7}, h{2, 3, 3, 3, 3, 7}, w{2, 3, 4, 5, 6, 7};
    s.append({VS, P, P, P, P, VE}, PositionIds::fromRows(t + h + w), {image(1, 4, "B")});
    QCOMPARE(s.images(), (QList<Image>{image(3, 4, "B")}));
    QCOMPARE(s.length(), 8);
    QCOMPARE(s.nextPosition(), 8);
    QCOMPARE(s.ropeDelta(), 0);
  }

  void truncateRestoresPositions() {
    SequenceState s = withImagePrompt();
    // Right after the image (before <ve>): the image is whole, positions continue at 6.
    s.truncate(9);
    QCOMPARE(s.length(), 9);
    QCOMPARE(s.nextPosition(), 6);
    QCOMPARE(s.ropeDelta(), -3);
    QCOMPARE(s.images(), (QList<Image>{image(3, 6, "A")}));
    // Appending the rest again gives the positions the whole prompt had.
    s.append({VE, 12}, PositionIds::uniform(s.length() + s.ropeDelta(), 2));
    QCOMPARE(s.tokens(), imagePrompt());
    QCOMPARE(s.nextPosition(), 8);
    QCOMPARE(s.ropeDelta(), -3);

    // Before the image: a text-only prefix, delta 0 again.
    s.truncate(3);
    QCOMPARE(s.length(), 3);
    QCOMPARE(s.nextPosition(), 3);
    QCOMPARE(s.ropeDelta(), 0);
    QVERIFY(s.images().isEmpty());

    s.truncate(0);
    QCOMPARE(s.length(), 0);
    QCOMPARE(s.nextPosition(), 0);
  }

  void truncateInsideAnImageForgetsIt() {
    SequenceState s = withImagePrompt();
    // Two of the image's six tokens stay: (3,3,3) and (3,3,4) -> next free 5.
    s.truncate(5);
    QCOMPARE(s.length(), 5);
    QCOMPARE(s.nextPosition(), 5);
    QCOMPARE(s.ropeDelta(), 0);
    // Only part of the image is cached: it must not count as a cached image.
    QVERIFY(s.images().isEmpty());
    // ...so the same prompt again reuses only what precedes the image.
    QCOMPARE(s.reusablePrefix(imagePrompt(), {image(3, 6, "A")}), 3);
  }

  void clearEmpties() {
    SequenceState s = withImagePrompt();
    s.clear();
    QCOMPARE(s.length(), 0);
    QCOMPARE(s.nextPosition(), 0);
    QVERIFY(s.images().isEmpty());
  }

  void reusablePrefixText() {
    SequenceState s;
    s.append({1, 2, 3, 4, 5}, PositionIds::uniform(0, 5));
    QCOMPARE(s.reusablePrefix({1, 2, 3, 9, 9, 9}, {}), 3);    // an edit at index 3
    QCOMPARE(s.reusablePrefix({1, 2}, {}), 2);                // shorter than the cache
    QCOMPARE(s.reusablePrefix({1, 2, 3, 4, 5}, {}), 5);       // the same tokens (a regenerate)
    QCOMPARE(s.reusablePrefix({1, 2, 3, 4, 5, 6, 7}, {}), 5); // a continuation
    QCOMPARE(s.reusablePrefix({7, 2, 3}, {}), 0);             // differs at once
    QCOMPARE(s.reusablePrefix({}, {}), 0);
  }

  void reusablePrefixKeepsTheSameImageWhole() {
    const SequenceState s = withImagePrompt("A");
    // The conversation goes on after the same image: everything cached is reused.
    QList<qint64> longer = imagePrompt();
    longer << 20 << 21;
    QCOMPARE(s.reusablePrefix(longer, {image(3, 6, "A")}), 11);
    // An edit after the image keeps it.
    QList<qint64> edited = imagePrompt();
    edited[10] = 99;
    QCOMPARE(s.reusablePrefix(edited, {image(3, 6, "A")}), 10);
    // An edit before the image: only up to the edit.
    edited = imagePrompt();
    edited[1] = 99;
    QCOMPARE(s.reusablePrefix(edited, {image(3, 6, "A")}), 1);
  }

  void reusablePrefixImageDigestDiffers() {
    const SequenceState s = withImagePrompt("A");
    // The same token ids (an image of the same size), other pixels: reuse stops at the image.
    QCOMPARE(s.reusablePrefix(imagePrompt(), {image(3, 6, "B")}), 3);
    // No digest at all for the new image is not the same image either.
    QCOMPARE(s.reusablePrefix(imagePrompt(), {image(3, 6, "")}), 3);
  }

  void reusablePrefixSecondImageDiffers() {
    // a <vs> [2 tokens A] <ve> b <vs> [2 tokens B] <ve> c
    const QList<qint64> ids{1, VS, P, P, VE, 2, VS, P, P, VE, 3};
    const QList<qint64> t{0, 1, 2, 2, 4, 5, 6, 7, 7, 9, 10};
    const QList<qint64> h{0, 1, 2, 2, 4, 5, 6, 7, 7, 9, 10};
    const QList<qint64> w{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    SequenceState s;
    s.append(ids, PositionIds::fromRows(t + h + w), {image(2, 2, "A"), image(7, 2, "B")});
    QCOMPARE(s.reusablePrefix(ids, {image(2, 2, "A"), image(7, 2, "B")}), 11);
    QCOMPARE(s.reusablePrefix(ids, {image(2, 2, "A"), image(7, 2, "C")}), 7);
    QCOMPARE(s.reusablePrefix(ids, {image(2, 2, "X"), image(7, 2, "B")}), 2);
  }

  void reusablePrefixEndingInsideAnImageRun() {
    // The cache ends part-way into where the new prompt has an image: never reuse half an image.
    SequenceState s;
    s.append({10, 11, VS, P, P}, PositionIds::uniform(0, 5));
    QCOMPARE(s.reusablePrefix(imagePrompt(), {image(3, 6, "A")}), 3);

    // A bigger image at the same place (the runs agree for 6 tokens, then differ).
    const SequenceState cached = withImagePrompt("A");
    const QList<qint64> bigger{10, 11, VS, P, P, P, P, P, P, P, P, VE, 12};
    QCOMPARE(cached.reusablePrefix(bigger, {image(3, 8, "A")}), 3);
    // A smaller one: the old run is longer than the new one.
    const QList<qint64> smaller{10, 11, VS, P, P, P, P, VE, 12};
    QCOMPARE(cached.reusablePrefix(smaller, {image(3, 4, "A")}), 3);
  }

  // The static form (what the single-process GenerationSession uses) follows the same rules.
  void commonPrefixOfAnyCache() {
    const QList<Image> cached{image(3, 6, "A")};
    QCOMPARE(SequenceState::commonPrefix(imagePrompt(), cached, imagePrompt(), {image(3, 6, "A")}), 11);
    QCOMPARE(SequenceState::commonPrefix(imagePrompt(), cached, imagePrompt(), {image(3, 6, "B")}), 3);
    QCOMPARE(SequenceState::commonPrefix({10, 11, VS, P}, {}, imagePrompt(), {image(3, 6, "A")}), 3);
    QCOMPARE(SequenceState::commonPrefix({1, 2, 3}, {}, {1, 2, 4}, {}), 2);
    QCOMPARE(SequenceState::commonPrefix({}, {}, {1}, {}), 0);
  }

  void imageRunsPairsDigestsInOrder() {
    const QList<qint64> ids{1, P, P, 2, P, P, P, 3, P};
    const QList<Image> runs = SequenceState::imageRuns(ids, P, {"a", "b", "c"});
    QCOMPARE(runs, (QList<Image>{image(1, 2, "a"), image(4, 3, "b"), image(8, 1, "c")}));
    // Missing digests come out empty.
    const QList<Image> partial = SequenceState::imageRuns(ids, P, {"a"});
    QCOMPARE(partial.size(), 3);
    QCOMPARE(partial.at(1), image(4, 3, ""));
    QVERIFY(SequenceState::imageRuns({1, 2, 3}, P, {}).isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestSequenceState)
#include "tst_sequencestate.moc"
