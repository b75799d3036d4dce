"""dashboard.data.memo: derived values are kept for the frame installed and never outlive it."""

from __future__ import annotations

import pandas as pd

from dashboard import data as store


def _frame(n: int) -> pd.DataFrame:
    return pd.DataFrame({"dataset": ["a"] * n + ["b"], "value": range(n + 1)})


def test_memo_computes_once_per_key() -> None:
    store.set_data(_frame(2))
    calls = []
    for _ in range(3):
        assert store.memo("k", lambda: calls.append(1) or len(calls)) == 1
    assert calls == [1]


def test_new_frame_starts_a_new_memo_and_dataset_follows_it() -> None:
    store.set_data(_frame(2))
    assert len(store.dataset("a")) == 2
    store.set_data(_frame(5))
    assert len(store.dataset("a")) == 5
    assert store.memo("k", lambda: "new") == "new"


def test_value_computed_while_the_frame_changed_is_not_kept() -> None:
    store.set_data(_frame(1))

    def compute() -> int:
        store.set_data(_frame(3))  # a pack added while this request was computing
        return 1

    assert store.memo("k", compute) == 1
    assert store.memo("k", lambda: 2) == 2
