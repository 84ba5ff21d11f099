"""Understanding analytics questions in English and Russian, shared by router and analytics.

A question is parsed into slots (``parser``), completed into a typed ``QueryPlan`` or a
list of issues to clarify (``planning``), and a plan compiles to SQL (``sql``). The router
and analytics both use this package, so they can never disagree about what a question means.
"""
