"""Matrix products through numpy for the pipeline's neural layers.

thinc's ``NumpyOps`` multiplies matrices with the bundled BLIS library. numpy's own BLAS
(OpenBLAS in the numpy wheels) gives the same results about three times faster on the
matrix shapes of the tok2vec and the parser's hidden layer, which is most of the
pipeline's time. ``use_numpy_matmul`` swaps the ops of a loaded pipeline's models.
"""

from __future__ import annotations

import numpy
from spacy.language import Language
from thinc.api import NumpyOps


class MatmulOps(NumpyOps):
    """``NumpyOps`` with ``gemm`` computed by ``numpy.matmul``."""

    def gemm(self, x: numpy.ndarray, y: numpy.ndarray, out: numpy.ndarray | None = None,
             trans1: bool = False, trans2: bool = False) -> numpy.ndarray:
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if out is None:
            return numpy.matmul(x, y)
        numpy.matmul(x, y, out=out)
        return out


def use_numpy_matmul(nlp: Language) -> Language:
    """Give every model of ``nlp`` the numpy-backed ops (in place); returns ``nlp``."""
    ops = MatmulOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
    return nlp
