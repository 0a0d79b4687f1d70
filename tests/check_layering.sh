#!/usr/bin/env bash
# Fails, naming file and line, when an #include crosses a layer the architecture forbids (docs/architecture
# notes in docs/postgresql.md §6 and /work/shared/DESIGN.md):
#  - core/import (the pipeline) never includes store/ or workflow/: it hands records to an ImportSink;
#  - core/store never includes import/ or workflow/: it consumes the neutral batch (core/batch), never a
#    profile;
#  - core/batch (the contract between the two) includes only batch/, domain/ and util/;
#  - core/domain includes only domain/ and util/;
#  - nothing in core/ includes ui/, app/ or a Qt Gui, Widgets or Charts header (core links Qt6::Core only).
# Usage: check_layering.sh SOURCE_DIR
set -uo pipefail
src=${1:-.}
cd "$src" || exit 2
status=0

include='^[[:space:]]*#[[:space:]]*include[[:space:]]*'

# report HITS WHY: prints grep -n hits as "FILE:LINE: #include ...: WHY".
report() {
    local hits=$1 why=$2
    if [ -n "$hits" ]; then
        while IFS= read -r hit; do
            # FILE:LINE:TEXT -> "FILE:LINE: TEXT: WHY"
            echo "${hit%%:*}:$(echo "$hit" | cut -d: -f2): $(echo "$hit" | cut -d: -f3- | sed 's/^[[:space:]]*//'): $why"
        done <<<"$hits"
        status=1
    fi
}

# forbid DIR REGEX WHY: every include line of DIR's .h/.cpp files matching REGEX is reported.
forbid() {
    [ -d "$1" ] || return 0
    report "$(grep -rnE --include='*.h' --include='*.cpp' "$include$2" "$1")" "$3"
}

# only DIR FOLDERS WHY: every quoted include of DIR's files outside FOLDERS (a|b|c) is reported.
only() {
    [ -d "$1" ] || return 0
    report "$(grep -rnE --include='*.h' --include='*.cpp' "$include\"" "$1" |
              grep -vE "^[^:]*:[0-9]+:${include#^}\"($2)/")" "$3"
}

forbid core/import '"(store|workflow)/' \
    "core/import must not include the store: hand records to an ImportSink (core/batch/importsink.h)"
forbid core/store '"(import|workflow)/' \
    "core/store must not include the import pipeline: use core/batch's neutral types"
only core/batch 'batch|domain|util' "core/batch may include only batch/, domain/ and util/"
only core/domain 'domain|util' "core/domain may include only domain/ and util/"
forbid core '"(ui|app)/' "core must not include ui/ or app/"
forbid core '<Qt(Gui|Widgets|Charts|OpenGL|Svg|PrintSupport)[/>]' "core links Qt6::Core only"
forbid core '<(QColor|QFont|QFontMetrics|QPainter|QImage|QPixmap|QIcon|QPalette|QBrush|QPen|QWidget|QApplication|QGuiApplication|QAction|QChart|QChartView)>' \
    "core links Qt6::Core only (a Qt Gui/Widgets/Charts class)"

if [ $status -eq 0 ]; then
    echo "no include crosses a layer"
fi
exit $status
