import { BarChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, SVGRenderer]);

/** What a chart draws: one bar or slice per label, its length, and the exact figure printed on it. */
export interface ChartData {
  readonly labels: readonly string[];
  /** Lengths of the bars (a drawing's geometry; the figures shown are `texts`). */
  readonly values: readonly number[];
  /** The figure printed at each bar or slice, already formatted (`65.562`). */
  readonly texts: readonly string[];
}

/** The shapes of the report's charts. */
export type ChartKind = "bars" | "columns" | "donut";

/** The report's colours: the first for bars, all of them for the slices of a donut. */
const PALETTE = ["#1f4e79", "#c0504d", "#4f8a3c", "#d4891c", "#6a4c93", "#2a9d8f", "#8c564b", "#7f7f7f", "#bcbd22", "#17becf"];
const TEXT = { fontFamily: "Arial, Helvetica, sans-serif", fontSize: 12, color: "#222" };
/** How wide the names beside horizontal bars may be, in pixels; longer ones are cut with `…` (the table under the chart has them whole). */
const NAME_WIDTH = 250;
const WIDTH = 640;

/**
 * A chart as an SVG string, drawn in this process by Apache ECharts' server-side SVG renderer (no
 * browser, no DOM): horizontal `bars` (long names, such as agencies), vertical `columns` (years) or a
 * `donut` with its legend. No animation, and no script or link in the SVG: it is inlined as it is.
 */
export function chartSvg(kind: ChartKind, data: ChartData): string {
  const height = kind === "bars" ? Math.max(120, 40 + 28 * data.labels.length) : 300;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: WIDTH, height });
  const textAt = (index: number) => data.texts[index] ?? "";
  try {
    chart.setOption(kind === "donut" ? donut(data, textAt) : bars(kind, data, textAt));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function bars(kind: "bars" | "columns", data: ChartData, textAt: (index: number) => string): echarts.EChartsCoreOption {
  const horizontal = kind === "bars";
  const category = {
    type: "category",
    data: [...data.labels],
    inverse: horizontal,
    axisTick: { show: false },
    axisLabel: horizontal ? { ...TEXT, width: NAME_WIDTH, overflow: "truncate" } : { ...TEXT },
  };
  const value = { type: "value", axisLabel: { show: false }, splitLine: { lineStyle: { color: "#e4e4e4" } } };
  return {
    animation: false,
    color: PALETTE,
    textStyle: TEXT,
    grid: horizontal ? { left: NAME_WIDTH + 12, right: 90, top: 10, bottom: 10 } : { left: 20, right: 20, top: 30, bottom: 40 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: [
      {
        type: "bar",
        data: [...data.values],
        barMaxWidth: horizontal ? 20 : 80,
        label: { show: true, position: horizontal ? "right" : "top", ...TEXT, formatter: (params: { dataIndex: number }) => textAt(params.dataIndex) },
      },
    ],
  };
}

function donut(data: ChartData, textAt: (index: number) => string): echarts.EChartsCoreOption {
  return {
    animation: false,
    color: PALETTE,
    textStyle: TEXT,
    legend: { orient: "vertical", left: 330, top: "middle", textStyle: TEXT, formatter: (name: string) => name },
    series: [
      {
        type: "pie",
        center: [160, "50%"],
        radius: ["38%", "70%"],
        data: data.labels.map((name, i) => ({ name, value: data.values[i] ?? 0 })),
        label: { show: true, position: "inside", ...TEXT, color: "#fff", formatter: (params: { dataIndex: number }) => textAt(params.dataIndex) },
      },
    ],
  };
}
