#pragma once

#include <QCoreApplication>

namespace revalign::ui::report {

// Every string of the meeting pack lives in the catalog's "MeetingPack" context: Pack::tr("…").
struct Pack {
    Q_DECLARE_TR_FUNCTIONS(MeetingPack)
};

} // namespace revalign::ui::report
