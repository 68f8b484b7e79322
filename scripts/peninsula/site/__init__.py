"""The Datasette plugin, registered as a package so Datasette serves its templates/ and static/
(at /-/static-plugins/peninsula/). Search functions live in plugin.py, pages in pages.py."""

from .facets import register_facet_classes
from .pages import asgi_wrapper, extra_template_vars, prepare_jinja2_environment, register_routes
from .plugin import prepare_connection, render_cell

__all__ = [
    "asgi_wrapper",
    "extra_template_vars",
    "prepare_connection",
    "prepare_jinja2_environment",
    "register_facet_classes",
    "register_routes",
    "render_cell",
]
