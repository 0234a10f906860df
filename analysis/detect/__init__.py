"""Detectors: pure functions from a cleaned article body to spans and counts.

``quotes``       quotations, scare quotes, speakers, attribution verbs and their stance
``markers``      lexicon markers by voice: loaded terms, naming, hedges, boosters, evidentials
``readability``  readability indices with the counts behind them
``language``     the English function-word test
"""
