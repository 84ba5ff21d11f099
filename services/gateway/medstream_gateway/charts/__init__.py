"""Chart pictures: the PNG of a chart, drawn from its Vega-Lite spec when first fetched.

Analytics sends each chart as a Vega-Lite spec (``ChartData.vega_lite``), so an answer never
waits for a picture. ``images.ChartImages`` serves a chart's PNG from the read model, or
draws it once (``render.ChartRenderer``) and stores it back so that later requests and
other replicas find it there.

Nothing here imports the renderer: vl-convert (a V8 engine; the renderer process is about
140 MB once it has drawn) lives only in a child process (``worker``), started on the first
chart and stopped when idle, so the gateway's own memory does not grow and its event loop
never waits on a render.
"""
