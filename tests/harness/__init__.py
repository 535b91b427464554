"""The machinery behind the executed examples: manifests, runner, normalization, recordings."""
