// Side-effect imports register the elements; a type-only import would be dropped by the compiler.
import 'kollen/kollen-map';
import 'kollen/kollen-trend';
import type { KollenAreaSelectEvent, KollenTrend } from 'kollen';

// Typed through HTMLElementTagNameMap and the element classes.
const trend: KollenTrend = document.querySelector('kollen-trend')!;
document.querySelector('kollen-map')!.addEventListener('kollen-area-select', (event) => {
  trend.area = (event as KollenAreaSelectEvent).area ?? '';
});
