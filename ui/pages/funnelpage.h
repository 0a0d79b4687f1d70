#pragma once

#include "metrics/dealpipeline.h"
#include "metrics/facttable.h"
#include "metrics/funnel.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace revalign::ui {

class DealPipelineModel;
class FunnelTableModel;
class FunnelWidget;

// The whole funnel: conversion, time in stage and ageing, optionally split by persona or channel.
class FunnelPage final : public QWidget {
    Q_OBJECT
public:
    explicit FunnelPage(QWidget* parent = nullptr);
    ~FunnelPage() override;

    void setSnapshot(FactSnapshot facts);
    void setQuery(const MetricQuery& query);
    FunnelTableModel* model() const { return m_model; }
    DealPipelineModel* dealModel() const { return m_dealModel; }
    QTableView* contactTable() const { return m_table; }
    bool isComputing() const;

Q_SIGNALS:
    void computed();
    void stageClicked(const MetricQuery& query, FunnelMode mode, int stage);

private:
    struct Result {
        FunnelReport report;
        std::vector<std::pair<QString, FunnelReport>> slices;
        DealPipelineReport deals;
        QString error;
    };
    void recompute();

    FactSnapshot m_facts;
    MetricQuery m_query;
    QFutureWatcher<Result> m_watcher;
    bool m_dirty = false;
    QComboBox* m_mode;
    QComboBox* m_split;
    QLabel* m_note;
    FunnelWidget* m_chart;
    FunnelTableModel* m_model;
    QTableView* m_table;
    DealPipelineModel* m_dealModel;
    QTableView* m_dealTable;
    QLabel* m_dealSummary;
};

} // namespace revalign::ui
