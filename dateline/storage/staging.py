"""A run's staging area: the Parquet its batch tasks write before validation and publish.

One `RunStaging` owns a run's folder (or object-store prefix, `location.py`): every path
under it is built here, and the run removes it when it ends. Batch tasks in other
processes, on other machines too, receive it as a parameter.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from dateline.storage.location import Location


@dataclass(frozen=True)
class RunStaging:
    """The staged batches of one run, under `<staging root>/<run_id>/<dataset>/`."""

    root: Location
    run_id: str

    @property
    def folder(self) -> Location:
        return self.root.child(self.run_id)

    def batch_path(self, dataset: str, batch_no: int) -> str:
        return self.folder.path(dataset, f"batch-{batch_no:05d}.parquet")

    def stage(self, tables: dict[str, pa.Table], batch_no: int) -> None:
        """Stage every dataset of one batch."""
        for dataset, table in tables.items():
            self.folder.write_parquet(table, self.batch_path(dataset, batch_no))

    def read(
        self, dataset: str, batch_no: int, columns: list[str] | None = None
    ) -> pa.Table | None:
        path = self.batch_path(dataset, batch_no)
        return self.folder.read_parquet(path, columns) if self.folder.exists(path) else None

    def datasets(self) -> list[str]:
        return self.folder.folders()

    def batch_files(self, dataset: str) -> list[str]:
        return [
            path
            for path in self.folder.files(dataset)
            if path.rsplit("/", 1)[-1].startswith("batch-")
        ]

    def earlier_copies(self, batch_nos: list[int]) -> dict[int, pa.Array]:
        """For each batch of a group, the article ids its lower-numbered batches staged."""
        earlier, seen = {}, pa.array([], pa.string())
        for batch_no in sorted(batch_nos):
            earlier[batch_no] = seen
            articles = self.read("articles", batch_no, columns=["article_id"])
            if articles is not None:
                seen = pa.concat_arrays([seen, articles["article_id"].combine_chunks()])
        return earlier

    def read_group(self, dataset: str, earlier: dict[int, pa.Array]) -> pa.Table | None:
        """One dataset's staged rows of a group of batches (`earlier_copies`).

        An article staged by more than one of them keeps the rows of the lowest-numbered
        batch: that copy is the one a run publishes, the others are duplicates of it and
        are never published. Rows not keyed by article (entities: one entity is a row in
        every batch that mentions it) are all kept, each with the `batch_no` it came from.
        """
        tables = []
        for batch_no, seen in sorted(earlier.items()):
            table = self.read(dataset, batch_no)
            if table is None:
                continue
            if "article_id" not in table.column_names:
                tag = pa.repeat(pa.scalar(batch_no, pa.int32()), table.num_rows)
                table = table.append_column("batch_no", tag)
            elif len(seen):
                table = table.filter(pc.invert(pc.is_in(table["article_id"], value_set=seen)))
            tables.append(table)
        return pa.concat_tables(tables, promote_options="permissive") if tables else None

    def read_owned(self, dataset: str, owners: dict[str, int], columns: list[str]) -> pa.Table:
        """The rows of `dataset` of the articles a run loads (`owners`), from every batch
        that staged them: an article staged twice has the same rows in both."""
        import pyarrow.dataset as ds  # imports pandas: not on a run with nothing new

        files = self.batch_files(dataset)
        return ds.dataset(files, format="parquet", filesystem=self.folder.filesystem).to_table(
            columns=columns,
            filter=pc.field("article_id").isin(pa.array(list(owners), pa.string())),
        )

    def remove(self) -> None:
        self.folder.delete_tree()

    @staticmethod
    def clear(root: Location) -> None:
        """Remove what runs that never finished left staged (the run lock is held)."""
        root.delete_tree()
