#pragma once

#include "cli.h"

#include "metrics/facttable.h"
#include "metrics/kpiengine.h"
#include "metrics/metricquery.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace revalign::cli {

// The options the metric commands share: --from/--to (ISO dates, --to inclusive), --all-time, --period
// and the slicers (--persona, --channel, --campaign, --owner, --team, --segment, --manager, --region;
// each may repeat).
void addMetricOptions(QCommandLineParser& parser);
// Only the slicers (for commands with their own dates, such as `changes`).
void addFilterOptions(QCommandLineParser& parser);
void readFilterOptions(const QCommandLineParser& parser, MetricFilters& filters);
// An ISO date option (unset leaves `out` invalid); on a bad value prints one line and returns false.
bool readDateOption(const QCommandLineParser& parser, const char* option, Io io, QDate& out);
// Reads them into a query; on a usage error prints one line and returns false (exit code 2).
bool readMetricQuery(const QCommandLineParser& parser, Io io, MetricQuery& query);
// The filters as given, for the JSON output: {"persona": "CFO", ...} (an array when repeated).
QJsonObject filtersJson(const MetricFilters& filters);
// Opens the workspace and loads its fact snapshot.
FactSnapshot loadSnapshot(const QString& path);
// Fills a half-open --from/--to from the snapshot's data range.
void completeRange(const FactTable& facts, MetricQuery& query);
// A date as YYYY-MM-DD, or a null JSON value when invalid.
QJsonValue isoOrNull(const QDate& date);
// A KPI value for JSON: counts as integers, money rounded to cents, everything else to 6 decimals; n/a
// (nullopt, NaN, infinity) is null.
QJsonValue jsonNumber(std::optional<double> value, KpiUnit unit);
// A forecast for JSON (`kpi` and each `breakdown` row): by category, closed and the roll-ups, in currency.
QJsonObject forecastJson(const Forecast& forecast);

} // namespace revalign::cli
