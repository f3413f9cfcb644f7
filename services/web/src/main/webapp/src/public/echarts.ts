// Apache ECharts with only what the public pages draw (bar charts, SVG), loaded on demand so the
// respondent's form never downloads it.
import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { init };
