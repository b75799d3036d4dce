"""dashboard.data.memo: derived values are kept for the frame installed and never outlive it."""

from __future__ import annotations

import pandas as pd
import pytest

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


def test_one_thread_computes_a_key_while_others_wait_for_its_value() -> None:
    import threading
    import time

    store.set_data(_frame(2))
    calls = []

    def slow() -> str:
        calls.append(1)
        time.sleep(0.2)
        return "value"

    answers: list[str] = []
    threads = [threading.Thread(target=lambda: answers.append(store.memo("slow", slow))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == ["value"] * 4
    assert calls == [1]


def test_a_failed_computation_is_not_kept_and_the_next_caller_computes_again() -> None:
    store.set_data(_frame(2))

    def fails() -> int:
        raise ValueError("no")

    with pytest.raises(ValueError, match="no"):
        store.memo("k", fails)
    assert store.memo("k", lambda: 3) == 3


def test_rows_are_found_by_value_through_one_index_per_column() -> None:
    frame = pd.DataFrame({"dataset": ["a", "b", "a", None, "c"], "rag": [None, "Red", None, "Green", None]})
    store.set_data(frame)
    assert store.rows_of("dataset", ["a"]).index.tolist() == [0, 2]
    assert store.rows_of("dataset", ["c", "a"]).index.tolist() == [0, 2, 4]  # in the frame's order
    assert store.rows_of("dataset", ["nothing"]).empty
    assert store.rows_with("rag").index.tolist() == [1, 3]
    assert store.dataset("b")["rag"].tolist() == ["Red"]
    assert store.memo(("positions", "dataset"), dict) is store.positions("dataset")  # built once, kept
