"""The ordered list of stages: the pipeline order, readable at a glance."""
from __future__ import annotations

from .stages.goals import goals
from .stages.metadata import metadata
from .stages.normalize import normalize
from .stages.outline import outline
from .stages.read import read
from .stages.refs import refs
from .stages.segment import segment
from .stages.tables import tables
from .stages.tasks import tasks
from .state import State

STAGES = [read, normalize, segment, metadata, outline, tables, goals, tasks, refs]


def run(state: State, stages=None) -> State:
    for stage in stages or STAGES:
        stage(state)
    return state
