"""The profiling engine's PDF reports a chemist files or hands over: a method's validation and one link.

The figures come from the profiling engine as plain data (``profiling/reporting.py`` gathers them); this module
lays them out, in the user's language, on the report machinery of ``reports``.
"""

from __future__ import annotations

import math
from typing import Any

from .i18n import translate
from .linkage_common import lr_text as lr_text  # the window's LR writing: one form, the locale's digits, on paper too
from .report_charts import BLUE, GREEN, GREY, ORANGE, Chart, Series, histogram
from .reports import Report


# -- a method's validation -----------------------------------------------------------------------------
def validation_report(data: dict[str, Any], printed: Any = None) -> Report:
    """``data`` as ``labnet.profiling.reporting.validation_data`` makes it (``printed``: who, when, where)."""
    chosen, summary = data["chosen"], data["summary"]
    report = Report(translate("Reports", "Validation of a profile comparison method"), printed=printed)
    report.paragraph(translate("Reports", "Pretreatment {pretreatment} with the {metric} score, on {source}.").format(
        pretreatment=chosen["pretreatment"], metric=chosen["metric"], source=summary["source"]))
    report.heading(translate("Reports", "Data"))
    report.table([
        [translate("Reports", "Profiles"), summary["profiles"]],
        [translate("Reports", "Groups (seizures)"), summary["groups"]],
        [translate("Reports", "Linked pairs"), summary["linked_pairs"]],
        [translate("Reports", "Unlinked pairs (used / all)"),
         f"{summary['unlinked_pairs']} / {summary['unlinked_total']}"],
        [translate("Reports", "Linked if"), summary["ground_truth"]],
        [translate("Reports", "Target compounds"), ", ".join(summary["targets"])],
    ])
    report.heading(translate("Reports", "Performance at the operating point"))
    auc, tpr = chosen["auc_interval"], chosen["tpr_interval"]
    report.table([
        [translate("Reports", "Area under the ROC curve"),
         f"{chosen['auc']:.3f} ({auc['low']:.3f}–{auc['high']:.3f})"],
        [translate("Reports", "Threshold"), f"{chosen['threshold']:.4g}"],
        [translate("Reports", "False positive rate (target {target})").format(target=f"{summary['target_fpr']:.2%}"),
         f"{chosen['fpr']:.2%}"],
        [translate("Reports", "True positive rate"), f"{chosen['tpr']:.2%} ({tpr['low']:.2%}–{tpr['high']:.2%})"],
        [translate("Reports", "Why this combination"), _why(data["why"])],
    ])
    report.paragraph(translate("Reports", "Intervals: 95 %, from {resamples} resamples of whole groups, since pairs "
                                          "from the same seizures are not independent.").format(
        resamples=chosen["resamples"]))
    linked, unlinked = data["linked_scores"], data["unlinked_scores"]
    low, high = min(linked + unlinked), max(linked + unlinked)
    bins = [low + (high - low) * i / 40 for i in range(41)] if high > low else [low - 0.5, high + 0.5]
    report.chart(Chart(translate("Reports", "Scores of linked and unlinked pairs"), translate("Reports", "score"),
                       translate("Reports", "share of pairs"), [
                           Series(translate("Reports", "linked"), bins, histogram(linked, bins) + [0.0], BLUE,
                                  step=True),
                           Series(translate("Reports", "unlinked"), bins, histogram(unlinked, bins) + [0.0], ORANGE,
                                  step=True)],
                       markers=[(chosen["threshold"], translate("Reports", "threshold"))],
                       legend="top left" if data["higher_is_similar"] else "top right"))
    roc = data["roc"]
    report.chart(Chart(translate("Reports", "ROC curve"), translate("Reports", "false positive rate"),
                       translate("Reports", "true positive rate"), [
        Series(translate("Reports", "ROC"), roc["fpr"], roc["tpr"], BLUE),
        Series("", [0, 1], [0, 1], GREY, dashed=True),
        Series(translate("Reports", "operating point"), [chosen["fpr"]], [chosen["tpr"]], GREEN, points=True)],
        x_range=(0, 1), y_range=(0, 1), error_bars=[(chosen["fpr"], tpr["low"], tpr["high"])],
        legend="bottom right"),
        translate("Reports", "AUC {auc:.3f}; the bar is the 95 % interval of the true positive rate.").format(
            auc=chosen["auc"]))
    _likelihood_ratios(report, chosen, data["higher_is_similar"])
    report.heading(translate("Reports", "Every combination evaluated"))
    report.table([[c["pretreatment"], c["metric"], f"{c['auc']:.3f}", f"{c['tpr']:.2%}", f"{c['fpr']:.2%}"]
                  for c in data["combinations"]],
                 [translate("Reports", "Pretreatment"), translate("Reports", "Score"), translate("Reports", "AUC"),
                  translate("Reports", "TPR"),
                  translate("Reports", "FPR")])
    _provenance(report, data["provenance"])
    return report


def _likelihood_ratios(report: Report, chosen: dict[str, Any], higher_is_similar: bool) -> None:
    lr = chosen["likelihood_ratio"]
    report.heading(translate("Reports", "Likelihood ratios"))
    lower, upper = lr["bounds"]
    report.paragraph(translate("Reports", "Calibration: {calibration}. Likelihood ratios are bounded to {lower} … "
                                          "{upper}, what the calibration data support (empirical lower and upper "
                                          "bounds).").format(
        calibration=_calibration(lr["calibration"]), lower=lr_text(lower), upper=lr_text(upper)))
    curve = lr["curve"]
    report.chart(Chart(translate("Reports", "Calibration: score to likelihood ratio"), translate("Reports", "score"),
                       translate("Reports", "log₁₀ likelihood ratio"),
                       [Series(translate("Reports", "LR"), [p["score"] for p in curve],
                               [math.log10(p["lr"]) for p in curve], BLUE)],
                       legend="top left" if higher_is_similar else "top right"), height_mm=60)
    validity = chosen.get("validity")
    if not validity:
        report.paragraph(translate("Reports", "Too few groups to compute the likelihood ratios' validity on "
                                              "held-out data."))
        return
    report.table([
        [translate("Reports", "Cllr (held out)"), f"{validity['cllr']:.3f}"],
        [translate("Reports", "Cllr min (discrimination)"), f"{validity['cllr_min']:.3f}"],
        [translate("Reports", "Cllr cal (calibration loss)"), f"{validity['cllr_cal']:.3f}"],
        [translate("Reports", "Linked pairs with LR < 1 (misleading)"), f"{validity['misleading_linked']:.2%}"],
        [translate("Reports", "Unlinked pairs with LR > 1 (misleading)"), f"{validity['misleading_unlinked']:.2%}"],
        [translate("Reports", "Cross-validation"), translate("Reports", "{folds} folds, each group on one side").format(
            folds=validity["folds"])],
    ])
    tippett = validity["tippett"]
    report.chart(Chart(translate("Reports", "Tippett plot (held out)"),
                       translate("Reports", "log₁₀ likelihood ratio"),
                       translate("Reports", "share of pairs with a larger LR"), [
                           Series(translate("Reports", "linked"), tippett["log10_lr"], tippett["linked"], BLUE,
                                  step=True),
                           Series(translate("Reports", "unlinked"), tippett["log10_lr"], tippett["unlinked"], ORANGE,
                                  step=True)],
                       y_range=(0, 1), markers=[(0.0, "LR = 1")]), height_mm=65)
    ece = validity["ece"]
    report.chart(Chart(translate("Reports", "Empirical cross-entropy (held out)"),
                       translate("Reports", "prior log₁₀ odds"),
                       translate("Reports", "cross-entropy (bits)"), [
                           Series(translate("Reports", "LR"), ece["prior_log10_odds"], ece["lr"], BLUE),
                           Series(translate("Reports", "after PAV (best)"), ece["prior_log10_odds"], ece["pav"], GREEN,
                                  dashed=True),
                           Series(translate("Reports", "LR = 1 always"), ece["prior_log10_odds"], ece["neutral"], GREY,
                                  dashed=True)]), height_mm=65)


def _why(code: str) -> str:
    return {"best": translate("Reports", "the highest true positive rate at the target false positive rate"),
            "harmonised": translate("Reports", "the network's harmonised combination for this drug"),
            "only": translate("Reports", "the only combination evaluated"),
            "given": translate("Reports", "chosen by the analyst")}.get(code, code)


def _calibration(code: str | None) -> str:
    return {"pav": translate("Reports", "pool-adjacent-violators (isotonic), bounded by ELUB"),
            "logistic": translate("Reports", "logistic regression, bounded by ELUB"),
            "kde": translate("Reports", "kernel densities (an older method: calibrate it again)")}.get(
        code or "", code or "—")


def _provenance(report: Report, provenance: dict[str, Any]) -> None:
    report.heading(translate("Reports", "Provenance"))
    report.table([[translate("Reports", "SHA-256 of the data"), provenance.get("data_sha256", "—")],
                  [translate("Reports", "Software"), provenance.get("software", "—")],
                  [translate("Reports", "Made on"), provenance.get("date", "—")],
                  [translate("Reports", "Made by"), provenance.get("by", "—")]])


# -- one link ------------------------------------------------------------------------------------------
def link_report(data: dict[str, Any], printed: Any = None) -> Report:
    """``data`` as ``labnet.profiling.reporting.link_data`` makes it (``printed``: who, when, where)."""
    a, b, method = data["a"], data["b"], data["method"]
    title = translate("Reports", "Link report: {a} and {b}").format(a=a["label"], b=b["label"])
    report = Report(title, printed=printed)
    if data["linked"]:
        verdict = translate("Reports", "Linked: the score passes the method's threshold.")
    elif data["passes_threshold"]:
        verdict = translate("Reports", "Not linked: the score passes the method's threshold, but the tablets' "
                                       "physical characteristics differ, and this method requires them to match.")
    else:
        verdict = translate("Reports", "Not linked: the score does not pass the method's threshold.")
    report.paragraph(verdict)
    lr = data.get("lr")
    rows = [[translate("Reports", "Method"), method["label"]],
            [translate("Reports", "Score ({metric})").format(metric=method["metric"]), f"{data['score']:.4g}"],
            [translate("Reports", "Threshold"), f"{method['threshold']:.4g}"]]
    if lr:
        said = translate("Reports", "{lr} (bounds {lower} … {upper}; from score {score})").format(
            lr=lr_text(lr["value"]), lower=lr_text(lr["bounds"][0]), upper=lr_text(lr["bounds"][1]),
            score=f"{data['score']:.4g}")
        rows.append([translate("Reports", "Likelihood ratio"), said])
    elif data["lr_legacy"]:
        rows.append([translate("Reports", "Likelihood ratio"),
                     translate("Reports", "not reported: this method's calibration predates bounded likelihood "
                                          "ratios; calibrate it again")])
    report.table(rows)
    if lr:
        report.paragraph(translate("Reports", "The likelihood ratio says how much more probable this score is if the "
                                              "two "
                                   "seizures share a source than if they do not; it is not the probability that "
                                   "they do. It cannot exceed the bounds the calibration data support."))
    targets = data["targets"]
    report.chart(Chart(translate("Reports", "The two profiles, as compared (after the pretreatment)"),
                       translate("Reports", "target compound (number in the table below)"),
                       translate("Reports", "value"), [
                           Series(a["label"], list(range(1, len(targets) + 1)), data["values_a"], BLUE),
                           Series(b["label"], list(range(1, len(targets) + 1)), data["values_b"], ORANGE,
                                  dashed=True)]), height_mm=70)
    report.table([[i, name, f"{va:.4g}", f"{vb:.4g}"] for i, (name, va, vb)
                  in enumerate(zip(targets, data["values_a"], data["values_b"]), start=1)],
                 ["#", translate("Reports", "Target compound"), a["label"], b["label"]])
    report.heading(translate("Reports", "The seizures"))
    keys = [k for k in a["fields"] if k in b["fields"]]
    report.table([[name, a["fields"][name], b["fields"][name]] for name in keys],
                 [translate("Reports", "Field"), a["label"], b["label"]])
    report.heading(translate("Reports", "The method's validation"))
    figures = [[translate("Reports", "Pretreatment"), method["pretreatment"]],
               [translate("Reports", "Area under the ROC curve"),
                "—" if method["auc"] is None else f"{method['auc']:.3f}"],
               [translate("Reports", "False positive rate"),
                "—" if method["fpr"] is None else f"{method['fpr']:.2%}"],
               [translate("Reports", "True positive rate"), "—" if method["tpr"] is None else f"{method['tpr']:.2%}"],
               [translate("Reports", "Likelihood ratio calibration"), _calibration(method["calibration"])]]
    provenance = method["provenance"]
    figures += [[translate("Reports", "SHA-256 of the calibration data"), provenance.get("data_sha256", "—")],
                [translate("Reports", "Calibrated by"), provenance.get("calibrated_by", "—")],
                [translate("Reports", "Calibrated on"), provenance.get("calibrated_at", "—")]]
    report.table(figures)
    return report
