-- Generated from graph-schema/schema.json (traceability schema version 1) by `traceability schema --write`.
-- Do not edit: change schema.json and regenerate.

CREATE TABLE IF NOT EXISTS node (
    nid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    label TEXT NOT NULL CHECK (label IN ('Product', 'Material', 'Facility', 'Company', 'Person', 'Transporter', 'LaborSource')),
    name TEXT NOT NULL,
    props TEXT NOT NULL,
    source_file TEXT NOT NULL,
    source_line BIGINT NOT NULL,
    import_id BIGINT NOT NULL,
    created_import BIGINT NOT NULL,
    as_of TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS edge (
    eid INTEGER PRIMARY KEY,
    src INTEGER NOT NULL REFERENCES node (nid),
    type TEXT NOT NULL CHECK (type IN ('SUPPLIES', 'PRODUCES', 'OWNS', 'OPERATES', 'WORKS_AT', 'RECRUITS', 'IMPORTS')),
    dst INTEGER NOT NULL REFERENCES node (nid),
    props TEXT NOT NULL,
    source_file TEXT NOT NULL,
    source_line BIGINT NOT NULL,
    import_id BIGINT NOT NULL,
    created_import BIGINT NOT NULL,
    as_of TEXT NOT NULL
);

-- Unique indexes rather than table constraints, so that a first bulk load can build them once at the end.
CREATE UNIQUE INDEX IF NOT EXISTS node_id ON node (id);
CREATE UNIQUE INDEX IF NOT EXISTS edge_key ON edge (src, type, dst);

CREATE INDEX IF NOT EXISTS edge_dst ON edge (dst, type, src);
CREATE INDEX IF NOT EXISTS node_label ON node (label);
CREATE INDEX IF NOT EXISTS node_name ON node (name);
CREATE INDEX IF NOT EXISTS node_facility_country ON node ((json_extract(props, '$.country'))) WHERE label = 'Facility';
CREATE INDEX IF NOT EXISTS node_facility_facility_type ON node ((json_extract(props, '$.facilityType'))) WHERE label = 'Facility';
CREATE INDEX IF NOT EXISTS node_company_country ON node ((json_extract(props, '$.country'))) WHERE label = 'Company';
CREATE INDEX IF NOT EXISTS node_transporter_mode ON node ((json_extract(props, '$.mode'))) WHERE label = 'Transporter';
CREATE INDEX IF NOT EXISTS node_labor_source_nationality ON node ((json_extract(props, '$.nationality'))) WHERE label = 'LaborSource';

-- The schema itself, so that SQL users can see what graph-schema allows.
CREATE TABLE IF NOT EXISTS schema_property (
    owner TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    required BOOLEAN NOT NULL,
    PRIMARY KEY (owner, name)
);

CREATE TABLE IF NOT EXISTS edge_rule (
    type TEXT NOT NULL,
    from_label TEXT NOT NULL,
    to_label TEXT NOT NULL,
    PRIMARY KEY (type, from_label, to_label)
);

DELETE FROM schema_property;
DELETE FROM edge_rule;
INSERT INTO schema_property VALUES ('Product', 'id', 'string', 1);
INSERT INTO schema_property VALUES ('Product', 'name', 'string', 1);
INSERT INTO schema_property VALUES ('Product', 'aliases', 'string[]', 0);
INSERT INTO schema_property VALUES ('Product', 'source', 'string', 0);
INSERT INTO schema_property VALUES ('Product', 'asOf', 'date', 0);
INSERT INTO schema_property VALUES ('Product', 'sanctionIds', 'string[]', 0);
INSERT INTO schema_property VALUES ('Product', 'notes', 'string', 0);
INSERT INTO schema_property VALUES ('Product', 'hsCode', 'string', 0);
INSERT INTO schema_property VALUES ('Product', 'category', 'string', 0);
INSERT INTO schema_property VALUES ('Product', 'sector', 'string', 0);
INSERT INTO schema_property VALUES ('Material', 'id', 'string', 1);
INSERT INTO schema_property VALUES ('Material', 'name', 'string', 1);
INSERT INTO schema_property VALUES ('Material', 'aliases', 'string[]', 0);
INSERT INTO schema_property VALUES ('Material', 'source', 'string', 0);
INSERT INTO schema_property VALUES ('Material', 'asOf', 'date', 0);
INSERT INTO schema_property VALUES ('Material', 'sanctionIds', 'string[]', 0);
INSERT INTO schema_property VALUES ('Material', 'notes', 'string', 0);
INSERT INTO schema_property VALUES ('Material', 'sector', 'string', 0);
INSERT INTO schema_property VALUES ('Material', 'hsCode', 'string', 0);
INSERT INTO schema_property VALUES ('Facility', 'id', 'string', 1);
INSERT INTO schema_property VALUES ('Facility', 'name', 'string', 1);
INSERT INTO schema_property VALUES ('Facility', 'aliases', 'string[]', 0);
INSERT INTO schema_property VALUES ('Facility', 'source', 'string', 0);
INSERT INTO schema_property VALUES ('Facility', 'asOf', 'date', 0);
INSERT INTO schema_property VALUES ('Facility', 'sanctionIds', 'string[]', 0);
INSERT INTO schema_property VALUES ('Facility', 'notes', 'string', 0);
INSERT INTO schema_property VALUES ('Facility', 'country', 'string', 1);
INSERT INTO schema_property VALUES ('Facility', 'address', 'string', 0);
INSERT INTO schema_property VALUES ('Facility', 'city', 'string', 0);
INSERT INTO schema_property VALUES ('Facility', 'facilityType', 'string', 1);
INSERT INTO schema_property VALUES ('Facility', 'sector', 'string', 0);
INSERT INTO schema_property VALUES ('Facility', 'workers', 'int', 0);
INSERT INTO schema_property VALUES ('Facility', 'productTypes', 'string[]', 0);
INSERT INTO schema_property VALUES ('Facility', 'osId', 'string', 0);
INSERT INTO schema_property VALUES ('Company', 'id', 'string', 1);
INSERT INTO schema_property VALUES ('Company', 'name', 'string', 1);
INSERT INTO schema_property VALUES ('Company', 'aliases', 'string[]', 0);
INSERT INTO schema_property VALUES ('Company', 'source', 'string', 0);
INSERT INTO schema_property VALUES ('Company', 'asOf', 'date', 0);
INSERT INTO schema_property VALUES ('Company', 'sanctionIds', 'string[]', 0);
INSERT INTO schema_property VALUES ('Company', 'notes', 'string', 0);
INSERT INTO schema_property VALUES ('Company', 'country', 'string', 0);
INSERT INTO schema_property VALUES ('Company', 'registrationNumber', 'string', 0);
INSERT INTO schema_property VALUES ('Company', 'address', 'string', 0);
INSERT INTO schema_property VALUES ('Company', 'sector', 'string', 0);
INSERT INTO schema_property VALUES ('Person', 'id', 'string', 1);
INSERT INTO schema_property VALUES ('Person', 'name', 'string', 1);
INSERT INTO schema_property VALUES ('Person', 'aliases', 'string[]', 0);
INSERT INTO schema_property VALUES ('Person', 'source', 'string', 0);
INSERT INTO schema_property VALUES ('Person', 'asOf', 'date', 0);
INSERT INTO schema_property VALUES ('Person', 'sanctionIds', 'string[]', 0);
INSERT INTO schema_property VALUES ('Person', 'notes', 'string', 0);
INSERT INTO schema_property VALUES ('Person', 'nationality', 'string', 0);
INSERT INTO schema_property VALUES ('Person', 'country', 'string', 0);
INSERT INTO schema_property VALUES ('Person', 'birthDate', 'date', 0);
INSERT INTO schema_property VALUES ('Transporter', 'id', 'string', 1);
INSERT INTO schema_property VALUES ('Transporter', 'name', 'string', 1);
INSERT INTO schema_property VALUES ('Transporter', 'aliases', 'string[]', 0);
INSERT INTO schema_property VALUES ('Transporter', 'source', 'string', 0);
INSERT INTO schema_property VALUES ('Transporter', 'asOf', 'date', 0);
INSERT INTO schema_property VALUES ('Transporter', 'sanctionIds', 'string[]', 0);
INSERT INTO schema_property VALUES ('Transporter', 'notes', 'string', 0);
INSERT INTO schema_property VALUES ('Transporter', 'mode', 'string', 1);
INSERT INTO schema_property VALUES ('Transporter', 'imo', 'string', 0);
INSERT INTO schema_property VALUES ('Transporter', 'flag', 'string', 0);
INSERT INTO schema_property VALUES ('Transporter', 'country', 'string', 0);
INSERT INTO schema_property VALUES ('LaborSource', 'id', 'string', 1);
INSERT INTO schema_property VALUES ('LaborSource', 'name', 'string', 1);
INSERT INTO schema_property VALUES ('LaborSource', 'aliases', 'string[]', 0);
INSERT INTO schema_property VALUES ('LaborSource', 'source', 'string', 0);
INSERT INTO schema_property VALUES ('LaborSource', 'asOf', 'date', 0);
INSERT INTO schema_property VALUES ('LaborSource', 'sanctionIds', 'string[]', 0);
INSERT INTO schema_property VALUES ('LaborSource', 'notes', 'string', 0);
INSERT INTO schema_property VALUES ('LaborSource', 'nationality', 'string', 1);
INSERT INTO schema_property VALUES ('LaborSource', 'workers', 'int', 0);
INSERT INTO schema_property VALUES ('LaborSource', 'kind', 'string', 0);
INSERT INTO schema_property VALUES ('SUPPLIES', 'material', 'string', 0);
INSERT INTO schema_property VALUES ('SUPPLIES', 'hsCode', 'string', 0);
INSERT INTO schema_property VALUES ('SUPPLIES', 'share', 'double', 0);
INSERT INTO schema_property VALUES ('SUPPLIES', 'source', 'string', 0);
INSERT INTO schema_property VALUES ('SUPPLIES', 'asOf', 'date', 0);
INSERT INTO schema_property VALUES ('PRODUCES', 'source', 'string', 0);
INSERT INTO schema_property VALUES ('PRODUCES', 'asOf', 'date', 0);
INSERT INTO schema_property VALUES ('OWNS', 'percent', 'double', 0);
INSERT INTO schema_property VALUES ('OWNS', 'source', 'string', 0);
INSERT INTO schema_property VALUES ('OWNS', 'asOf', 'date', 0);
INSERT INTO schema_property VALUES ('OPERATES', 'source', 'string', 0);
INSERT INTO schema_property VALUES ('OPERATES', 'asOf', 'date', 0);
INSERT INTO schema_property VALUES ('WORKS_AT', 'workers', 'int', 0);
INSERT INTO schema_property VALUES ('WORKS_AT', 'source', 'string', 0);
INSERT INTO schema_property VALUES ('WORKS_AT', 'asOf', 'date', 0);
INSERT INTO schema_property VALUES ('RECRUITS', 'source', 'string', 0);
INSERT INTO schema_property VALUES ('RECRUITS', 'asOf', 'date', 0);
INSERT INTO schema_property VALUES ('IMPORTS', 'source', 'string', 0);
INSERT INTO schema_property VALUES ('IMPORTS', 'asOf', 'date', 0);
INSERT INTO edge_rule VALUES ('SUPPLIES', 'Facility', 'Facility');
INSERT INTO edge_rule VALUES ('SUPPLIES', 'Facility', 'Transporter');
INSERT INTO edge_rule VALUES ('SUPPLIES', 'Facility', 'Product');
INSERT INTO edge_rule VALUES ('SUPPLIES', 'Transporter', 'Facility');
INSERT INTO edge_rule VALUES ('SUPPLIES', 'Transporter', 'Transporter');
INSERT INTO edge_rule VALUES ('SUPPLIES', 'Transporter', 'Product');
INSERT INTO edge_rule VALUES ('PRODUCES', 'Facility', 'Material');
INSERT INTO edge_rule VALUES ('OWNS', 'Company', 'Company');
INSERT INTO edge_rule VALUES ('OWNS', 'Company', 'Facility');
INSERT INTO edge_rule VALUES ('OWNS', 'Company', 'Transporter');
INSERT INTO edge_rule VALUES ('OWNS', 'Person', 'Company');
INSERT INTO edge_rule VALUES ('OWNS', 'Person', 'Facility');
INSERT INTO edge_rule VALUES ('OWNS', 'Person', 'Transporter');
INSERT INTO edge_rule VALUES ('OPERATES', 'Company', 'Facility');
INSERT INTO edge_rule VALUES ('OPERATES', 'Company', 'Transporter');
INSERT INTO edge_rule VALUES ('WORKS_AT', 'LaborSource', 'Facility');
INSERT INTO edge_rule VALUES ('WORKS_AT', 'LaborSource', 'Transporter');
INSERT INTO edge_rule VALUES ('RECRUITS', 'Company', 'LaborSource');
INSERT INTO edge_rule VALUES ('IMPORTS', 'Company', 'Product');
