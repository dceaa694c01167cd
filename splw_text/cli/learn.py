"""Learning from analysts: ``train``, ``review export`` / ``review import`` and ``agreement``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from splw_text.cli.app import app
from splw_text.cli.options import CodebookOption, ConfigOption

if TYPE_CHECKING:
    import pandas as pd

review_app = typer.Typer(help="Export answers to an Excel review sheet and read the reviewed sheet back.")
app.add_typer(review_app, name="review")

EMBEDDINGS_HELP = (
    "Sentence embeddings added to the n-gram features: minilm (all-MiniLM-L6-v2, best, needs torch), "
    "static (model2vec, fast) or none."
)

QUESTIONS_HELP = (
    "Let the supervised model read the question each answer was given to (an indicator per question, and the "
    "answer's words tagged with it). Off by default: on the dev set (317 answers, 3 questions) it lowered the "
    "supervised model's cross-validated micro-F1 (0.689 and 0.698 against 0.701 and 0.725 for two fold seeds)."
)

FINETUNE_HELP = (
    "Blend the n-gram model with all-MiniLM-L6-v2 fine-tuned on the answers (BlendedCoder; needs torch). It costs "
    "four fine-tunings on the CPU (minutes for a few hundred answers) and pays off with thousands of labelled "
    "answers: on the FFT benchmark (5,000 comments) it lifted micro-F1 from 0.727 to 0.753."
)


@app.command()
def train(
    input_path: Annotated[Path, typer.Argument(metavar="INPUT", help="Survey export with the answers' text.")],
    labels: Annotated[Path, typer.Option("--labels", help="Gold labels CSV (respondent_id, question, "
                                                          "non_response, themes).")],
    model_out: Annotated[Path, typer.Option("--model-out", help="Where to write the trained model (.npz).")],
    config: ConfigOption = None,
    codebook: CodebookOption = None,
    embeddings: Annotated[str, typer.Option("--embeddings", help=EMBEDDINGS_HELP)] = "minilm",
    folds: Annotated[int, typer.Option("--folds", min=2, help="Cross-validation folds.")] = 5,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the cross-validation folds.")] = 0,
    questions: Annotated[bool, typer.Option("--questions/--no-questions", help=QUESTIONS_HELP)] = False,
    finetune: Annotated[bool, typer.Option("--finetune", help=FINETUNE_HELP)] = False,
    finetune_epochs: Annotated[int, typer.Option("--finetune-epochs", min=1, help="Epochs of each fine-tuning "
                                                 "(with --finetune).")] = 6,
) -> None:
    """Train the supervised and hybrid coders on labelled answers and print cross-validated scores.

    The model file serves both 'splw-text code --coder supervised' and '--coder hybrid'. It records the
    codebook version and is refused with any other codebook.
    """
    from rich.console import Console

    from splw_text.codebook import load_codebook
    from splw_text.coding.blended import BlendedCoder
    from splw_text.coding.finetuned import FineTunedCoder
    from splw_text.coding.hybrid import HybridCoder, Model
    from splw_text.coding.rules import RuleCoder
    from splw_text.coding.supervised import SupervisedCoder
    from splw_text.coding.training_data import training_frame
    from splw_text.config import load_config
    from splw_text.errors import InputError

    if embeddings not in ("minilm", "static", "none"):
        raise InputError(f"--embeddings: unknown backend {embeddings!r}; choose minilm, static or none")
    console = Console(stderr=True)
    book = load_codebook(codebook)
    theme_ids = book.theme_ids
    frame = training_frame(input_path, labels, theme_ids, load_config(config))
    frame = frame[~frame["non_response"]].reset_index(drop=True)  # non-responses are the cleaner's job
    if len(frame) < 2 * folds:
        raise InputError(f"{labels}: {len(frame)} coded answers is too few to train with {folds}-fold CV")
    with console.status(f"Training on {len(frame)} coded answers ({folds}-fold cross-validation)..."):
        ngrams = SupervisedCoder(
            theme_ids=theme_ids, embeddings=None if embeddings == "none" else embeddings, cv_folds=folds,
            random_state=seed, question_weight=1.0 if questions else 0.0,
            question_word_weight=1.0 if questions else 0.0,
        )
        model: Model = ngrams
        if finetune:
            tuned = FineTunedCoder(epochs=finetune_epochs, use_questions=questions, random_state=seed)
            model = BlendedCoder(ngrams, tuned, random_state=seed)
        hybrid = HybridCoder(rules=RuleCoder(book), supervised=model, cv_folds=folds, random_state=seed)
        hybrid.fit(frame, frame[theme_ids])
        hybrid.save(model_out, book.version, inputs=[input_path, labels])
    _print_scores(hybrid.supervised_.cv_scores_, hybrid.cv_scores_, hybrid.rules_cv_scores_)
    fitted = hybrid.supervised_
    blend = f", fine-tuned model's weight in the blend {fitted.weight_}" if isinstance(fitted, BlendedCoder) else ""
    typer.echo(
        f"model written to {model_out} (codebook {book.version}, {len(frame)} answers, embeddings {embeddings}, "
        f"supervised thresholds: {fitted.threshold_strategy_}, questions {'on' if questions else 'off'}{blend})"
    )


def _print_scores(supervised: pd.DataFrame, hybrid: pd.DataFrame, rules: pd.DataFrame) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Cross-validated scores on the training answers")
    table.add_column("theme")
    table.add_column("n", justify="right")
    for name in ("sup. P", "sup. R", "sup. F1", "hybrid P", "hybrid R", "hybrid F1", "rules* F1"):
        table.add_column(name, justify="right")
    indexed = [frame.set_index("theme") for frame in (supervised, hybrid, rules)]
    for theme in supervised["theme"]:
        model, combined, rule = (frame.loc[theme] for frame in indexed)
        table.add_row(
            str(theme), str(int(model["support"])),
            *(f"{model[m]:.2f}" for m in ("precision", "recall", "f1")),
            *(f"{combined[m]:.2f}" for m in ("precision", "recall", "f1")),
            f"{rule['f1']:.2f}",
        )
    Console(width=max(Console().width, 110)).print(table)
    typer.echo("* the rules are not trained: their column is their score on the same answers (no CV).")


@review_app.command("export")
def review_export(
    coded: Annotated[Path, typer.Argument(metavar="CODED.csv", help="Coded answers file from 'splw-text code'.")],
    out: Annotated[Path, typer.Option("--out", help="Review workbook to write (.xlsx).")],
    sample: Annotated[int | None, typer.Option("--sample", min=1, help="Number of answers (default: all).")] = None,
    strategy: Annotated[str, typer.Option("--strategy", help="random, stratified (by question and theme) or "
                                                             "uncertain (needs --model).")] = "random",
    model: Annotated[Path | None, typer.Option("--model", help="Trained model, for --strategy uncertain.")] = None,
    blank: Annotated[bool, typer.Option("--blank", help="Leave the Yes/No cells empty (independent "
                                                        "double coding) instead of pre-filling suggestions.")] = False,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the random sample.")] = 0,
    codebook: CodebookOption = None,
) -> None:
    """Write an Excel review sheet: one row per answer with the suggested themes and Yes/No drop-downs."""
    from splw_text.codebook import load_codebook
    from splw_text.labels import read_label_file
    from splw_text.review import select_for_review, uncertainty_scores, write_review_sheet

    book = load_codebook(codebook)
    table = read_label_file(coded, book.theme_ids)
    if "text_redacted" not in table.columns:
        from splw_text.errors import InputError

        raise InputError(f"{coded}: no 'text_redacted' column; export from a file written by 'splw-text code'")
    uncertainty = None
    if strategy == "uncertain" and model is not None:
        from splw_text.coding.hybrid import load_coder

        coder = load_coder(model, book, "supervised")
        if coder.uses_questions and "question" not in table.columns:
            from splw_text.errors import InputError

            raise InputError(f"{coded}: no 'question' column, and the model {model} reads each answer's question")
        texts = table["text_redacted"].fillna("").astype(str).tolist()
        proba = coder.predict_proba(texts, questions=coder.answer_questions(table))
        uncertainty = uncertainty_scores(table, book.theme_ids, proba, coder.thresholds_)
    rows = select_for_review(table, book.theme_ids, sample=sample, strategy=strategy, uncertainty=uncertainty,
                             seed=seed)
    write_review_sheet(rows, book, out, inputs=[coded], prefill=not blank)
    typer.echo(f"review sheet with {len(rows)} answers ({strategy}) written to {out}")


@review_app.command("import")
def review_import(
    sheet: Annotated[Path, typer.Argument(metavar="SHEET.xlsx", help="Review sheet filled in by analysts.")],
    out: Annotated[Path, typer.Option("--out", help="Gold labels CSV to write.")],
    codebook: CodebookOption = None,
) -> None:
    """Read a reviewed sheet back into the gold label format (with coder and notes columns)."""
    from splw_text.codebook import load_codebook
    from splw_text.labels import write_label_file
    from splw_text.review import read_review_sheet

    book = load_codebook(codebook)
    table = read_review_sheet(sheet, book)
    write_label_file(table, out, book.theme_ids, inputs=[sheet])
    typer.echo(f"{len(table)} reviewed answers written to {out}")


@app.command()
def agreement(
    a: Annotated[Path, typer.Argument(metavar="A.csv", help="First coding (gold or coded answers file).")],
    b: Annotated[Path, typer.Argument(metavar="B.csv", help="Second coding (gold or coded answers file).")],
    out: Annotated[Path | None, typer.Option("--out", help="Write the disagreements to this CSV.")] = None,
    codebook: CodebookOption = None,
) -> None:
    """Agreement between two codings: per-theme kappa and % agreement, Krippendorff's alpha, disagreements."""
    from rich.console import Console
    from rich.table import Table

    from splw_text.agreement import compare_codings, read_two_codings
    from splw_text.codebook import load_codebook
    from splw_text.outputs import write_csv

    book = load_codebook(codebook)
    left, right = read_two_codings(str(a), str(b), book.theme_ids)
    result = compare_codings(left, right, book.theme_ids, a.name, b.name)
    table = Table(title=f"Agreement: A = {a.name}, B = {b.name}")
    for column, justify in (("theme", "left"), ("A", "right"), ("B", "right"), ("both", "right"),
                            ("% agree", "right"), ("kappa", "right"), ("", "left")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for record in result.per_theme.to_dict(orient="records"):
        kappa = float(record["cohen_kappa"])
        table.add_row(str(record["theme"]), str(record["a_count"]), str(record["b_count"]), str(record["both"]),
                      f"{float(record['percent_agreement']):.1%}", "n/a" if kappa != kappa else f"{kappa:.3f}",
                      str(record["prevalence_note"]))
    console = Console()
    console.print(table)
    for line in result.summary_lines():
        typer.echo(line)
    if len(result.disagreements):
        typer.echo("disagreements (a/b = 1 when that coding gave the theme):")
        shown = result.disagreements.head(50)
        for row in shown.itertuples():
            typer.echo(f"  {row.respondent_id} {row.question} {row.theme}: A={row.a} B={row.b}")
        if len(result.disagreements) > len(shown):
            typer.echo(f"  ... and {len(result.disagreements) - len(shown)} more" +
                       ("" if out else " (use --out FILE.csv for all)"))
    if out is not None:
        write_csv(result.disagreements, out, inputs=[a, b])
        typer.echo(f"disagreements written to {out}")
