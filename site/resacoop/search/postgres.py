"""The PostgreSQL part of ``resacoop.search.backend`` (imported only on PostgreSQL)."""

import copy
from collections import defaultdict

from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from cms_blocks.languages import active_language


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        # Wagtail's indexer takes its configuration from the backend: index each language
        # in turn with a copy of the backend set to that language's configuration.
        by_config = defaultdict(list)
        for obj in objs:
            by_config[self.backend.config_for_object(obj)].append(obj)
        backend = self.backend
        try:
            for config, group in by_config.items():
                self.backend = copy.copy(backend)
                self.backend.config = config
                super().add_items(model, group)
        finally:
            self.backend = backend


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for_language(active_language())


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = params.get("LANGUAGE_CONFIGS", {})

    def config_for_language(self, language_code):
        if language_code is None:
            return self.config
        return self.language_configs.get(language_code.split("-")[0], self.config)

    def config_for_object(self, obj):
        locale = getattr(obj, "locale", None)
        return self.config_for_language(locale.language_code if locale else None)
