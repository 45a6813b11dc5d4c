"""Exemplary people and collectives (/guong-dien-hinh/) and emulation movements (/phong-trao/)."""

from exemplars.models.exemplars import ExemplarGroup, ExemplarIndexPage, ExemplarPage
from exemplars.models.movements import MovementIndexPage, MovementPage

__all__ = [
    "ExemplarGroup",
    "ExemplarIndexPage",
    "ExemplarPage",
    "MovementIndexPage",
    "MovementPage",
]
