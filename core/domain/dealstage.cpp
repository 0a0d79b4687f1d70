#include "domain/dealstage.h"

namespace revalign {

QString toKey(DealStageOutcome value) {
    switch (value) {
    case DealStageOutcome::Open:
        return QStringLiteral("open");
    case DealStageOutcome::Won:
        return QStringLiteral("won");
    case DealStageOutcome::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

std::optional<DealStageOutcome> dealStageOutcomeFromKey(const QString& key) {
    for (const DealStageOutcome o : {DealStageOutcome::Open, DealStageOutcome::Won, DealStageOutcome::Lost})
        if (key == toKey(o))
            return o;
    return std::nullopt;
}

std::optional<DealStageOutcome> commonStageOutcome(const QString& name) {
    // Letters only, lower-cased: "Closed Won", "closedwon", "Closed - Won" and "CLOSED_WON" read alike.
    QString letters;
    for (const QChar c : name)
        if (c.isLetter())
            letters += c.toLower();
    if (letters == u"won" || letters == u"closedwon" || letters == u"dealwon")
        return DealStageOutcome::Won;
    if (letters == u"lost" || letters == u"closedlost" || letters == u"deallost")
        return DealStageOutcome::Lost;
    return std::nullopt;
}

} // namespace revalign
