/**
 * A bar chart drawn by ECharts (only the parts used are bundled, through echarts/core), as SVG so
 * it prints sharp. Options come from chart-options.ts; a click on a bar reports which one.
 */
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useMemo, useRef } from 'react';

echarts.use([
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  AriaComponent,
  SVGRenderer,
]);

export type BarChartOption = ComposeOption<
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | AriaComponentOption
>;

/** Width (px) a chart is drawn at for printing: an A4 page in portrait, less the margins and the card's padding. */
const PRINT_WIDTH = 640;

export interface BarClick {
  /** The category (row) clicked, in the order of the chart's data. */
  dataIndex: number;
}

interface Props {
  option: BarChartOption;
  height: number;
  /** What the chart shows, read by screen readers (the table beside it has the same figures). */
  label: string;
  onBarClick?: (click: BarClick) => void;
  testId?: string;
}

/**
 * Gives the drawn SVG a viewBox of its own size, so that where the page is laid out for paper
 * without a `beforeprint` (a PDF printer driven by the page, a browser's print preview) the
 * print style's `width: 100%` scales the whole chart down to the page instead of cutting it.
 */
function scaleWithItsBox(instance: echarts.ECharts): void {
  const svg = instance.getDom().querySelector('svg');
  const width = svg?.getAttribute('width');
  const height = svg?.getAttribute('height');
  if (svg === null || svg === undefined || width == null || height == null) return;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
}

export function Chart({ option, height, label, onBarClick, testId }: Props) {
  const chart = useRef<ReactEChartsCore>(null);
  const events = useMemo(() => {
    const handlers: Record<string, (params: { componentType?: string; dataIndex?: number }) => void> = {
      // After every drawing, a resize included: the box follows the size drawn.
      finished: () => {
        const instance = chart.current?.getEchartsInstance();
        if (instance !== undefined) scaleWithItsBox(instance);
      },
    };
    if (onBarClick !== undefined) {
      handlers.click = (params) => {
        if (params.componentType === 'series' && typeof params.dataIndex === 'number') {
          onBarClick({ dataIndex: params.dataIndex });
        }
      };
    }
    return handlers;
  }, [onBarClick]);
  // The page is narrower on paper than on screen: draw again at the paper's width before printing.
  useEffect(() => {
    const print = window.matchMedia('print');
    const before = () => chart.current?.getEchartsInstance().resize({ width: PRINT_WIDTH });
    // Back to the screen's width once the page is no longer laid out for paper (not at
    // `afterprint`, which may come before the page is painted for the printer).
    const after = (event: MediaQueryListEvent) => {
      if (!event.matches) chart.current?.getEchartsInstance().resize({ width: 'auto' });
    };
    window.addEventListener('beforeprint', before);
    print.addEventListener('change', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      print.removeEventListener('change', after);
    };
  }, []);
  return (
    <div role="img" aria-label={label} data-testid={testId} className="progress-chart">
      <ReactEChartsCore
        ref={chart}
        echarts={echarts}
        option={option}
        notMerge
        opts={{ renderer: 'svg' }}
        style={{ height, width: '100%' }}
        onEvents={events}
      />
    </div>
  );
}
