// A page with only the map: its bundle must hold no vega.
import 'kollen/kollen-map';
