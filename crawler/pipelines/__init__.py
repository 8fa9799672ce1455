"""Item pipelines, one small stage a file: extract → understand → language → topic → store."""
