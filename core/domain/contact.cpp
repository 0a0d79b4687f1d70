#include "domain/contact.h"

namespace revalign {

QDateTime Contact::enteredAt(const QString& stageKey) const {
    const auto it = stageEntered.find(stageKey);
    return it == stageEntered.end() ? QDateTime() : it->second;
}

} // namespace revalign
