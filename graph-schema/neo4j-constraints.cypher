// Generated from graph-schema/schema.json (traceability schema version 1) by `traceability schema --write`.
// Do not edit: change schema.json and regenerate.

// Uniqueness of ids (Neo4j Community and Enterprise).
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT material_id IF NOT EXISTS FOR (n:Material) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT facility_id IF NOT EXISTS FOR (n:Facility) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT transporter_id IF NOT EXISTS FOR (n:Transporter) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT labor_source_id IF NOT EXISTS FOR (n:LaborSource) REQUIRE n.id IS UNIQUE;

// Indexes on properties the engines filter by.
CREATE INDEX product_name IF NOT EXISTS FOR (n:Product) ON (n.name);
CREATE INDEX material_name IF NOT EXISTS FOR (n:Material) ON (n.name);
CREATE INDEX facility_name IF NOT EXISTS FOR (n:Facility) ON (n.name);
CREATE INDEX facility_country IF NOT EXISTS FOR (n:Facility) ON (n.country);
CREATE INDEX facility_facility_type IF NOT EXISTS FOR (n:Facility) ON (n.facilityType);
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX company_country IF NOT EXISTS FOR (n:Company) ON (n.country);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX transporter_name IF NOT EXISTS FOR (n:Transporter) ON (n.name);
CREATE INDEX transporter_mode IF NOT EXISTS FOR (n:Transporter) ON (n.mode);
CREATE INDEX labor_source_name IF NOT EXISTS FOR (n:LaborSource) ON (n.name);
CREATE INDEX labor_source_nationality IF NOT EXISTS FOR (n:LaborSource) ON (n.nationality);

// Required properties and property types (Neo4j Enterprise 5.9 or later).
CREATE CONSTRAINT product_name_exists IF NOT EXISTS FOR (n:Product) REQUIRE n.name IS NOT NULL;
CREATE CONSTRAINT product_name_type IF NOT EXISTS FOR (n:Product) REQUIRE n.name IS :: STRING;
CREATE CONSTRAINT product_aliases_type IF NOT EXISTS FOR (n:Product) REQUIRE n.aliases IS :: LIST<STRING NOT NULL>;
CREATE CONSTRAINT product_source_type IF NOT EXISTS FOR (n:Product) REQUIRE n.source IS :: STRING;
CREATE CONSTRAINT product_as_of_type IF NOT EXISTS FOR (n:Product) REQUIRE n.asOf IS :: DATE;
CREATE CONSTRAINT product_sanction_ids_type IF NOT EXISTS FOR (n:Product) REQUIRE n.sanctionIds IS :: LIST<STRING NOT NULL>;
CREATE CONSTRAINT product_notes_type IF NOT EXISTS FOR (n:Product) REQUIRE n.notes IS :: STRING;
CREATE CONSTRAINT product_hs_code_type IF NOT EXISTS FOR (n:Product) REQUIRE n.hsCode IS :: STRING;
CREATE CONSTRAINT product_category_type IF NOT EXISTS FOR (n:Product) REQUIRE n.category IS :: STRING;
CREATE CONSTRAINT product_sector_type IF NOT EXISTS FOR (n:Product) REQUIRE n.sector IS :: STRING;
CREATE CONSTRAINT material_name_exists IF NOT EXISTS FOR (n:Material) REQUIRE n.name IS NOT NULL;
CREATE CONSTRAINT material_name_type IF NOT EXISTS FOR (n:Material) REQUIRE n.name IS :: STRING;
CREATE CONSTRAINT material_aliases_type IF NOT EXISTS FOR (n:Material) REQUIRE n.aliases IS :: LIST<STRING NOT NULL>;
CREATE CONSTRAINT material_source_type IF NOT EXISTS FOR (n:Material) REQUIRE n.source IS :: STRING;
CREATE CONSTRAINT material_as_of_type IF NOT EXISTS FOR (n:Material) REQUIRE n.asOf IS :: DATE;
CREATE CONSTRAINT material_sanction_ids_type IF NOT EXISTS FOR (n:Material) REQUIRE n.sanctionIds IS :: LIST<STRING NOT NULL>;
CREATE CONSTRAINT material_notes_type IF NOT EXISTS FOR (n:Material) REQUIRE n.notes IS :: STRING;
CREATE CONSTRAINT material_sector_type IF NOT EXISTS FOR (n:Material) REQUIRE n.sector IS :: STRING;
CREATE CONSTRAINT material_hs_code_type IF NOT EXISTS FOR (n:Material) REQUIRE n.hsCode IS :: STRING;
CREATE CONSTRAINT facility_name_exists IF NOT EXISTS FOR (n:Facility) REQUIRE n.name IS NOT NULL;
CREATE CONSTRAINT facility_country_exists IF NOT EXISTS FOR (n:Facility) REQUIRE n.country IS NOT NULL;
CREATE CONSTRAINT facility_facility_type_exists IF NOT EXISTS FOR (n:Facility) REQUIRE n.facilityType IS NOT NULL;
CREATE CONSTRAINT facility_name_type IF NOT EXISTS FOR (n:Facility) REQUIRE n.name IS :: STRING;
CREATE CONSTRAINT facility_aliases_type IF NOT EXISTS FOR (n:Facility) REQUIRE n.aliases IS :: LIST<STRING NOT NULL>;
CREATE CONSTRAINT facility_source_type IF NOT EXISTS FOR (n:Facility) REQUIRE n.source IS :: STRING;
CREATE CONSTRAINT facility_as_of_type IF NOT EXISTS FOR (n:Facility) REQUIRE n.asOf IS :: DATE;
CREATE CONSTRAINT facility_sanction_ids_type IF NOT EXISTS FOR (n:Facility) REQUIRE n.sanctionIds IS :: LIST<STRING NOT NULL>;
CREATE CONSTRAINT facility_notes_type IF NOT EXISTS FOR (n:Facility) REQUIRE n.notes IS :: STRING;
CREATE CONSTRAINT facility_country_type IF NOT EXISTS FOR (n:Facility) REQUIRE n.country IS :: STRING;
CREATE CONSTRAINT facility_address_type IF NOT EXISTS FOR (n:Facility) REQUIRE n.address IS :: STRING;
CREATE CONSTRAINT facility_city_type IF NOT EXISTS FOR (n:Facility) REQUIRE n.city IS :: STRING;
CREATE CONSTRAINT facility_facility_type_type IF NOT EXISTS FOR (n:Facility) REQUIRE n.facilityType IS :: STRING;
CREATE CONSTRAINT facility_sector_type IF NOT EXISTS FOR (n:Facility) REQUIRE n.sector IS :: STRING;
CREATE CONSTRAINT facility_workers_type IF NOT EXISTS FOR (n:Facility) REQUIRE n.workers IS :: INTEGER;
CREATE CONSTRAINT facility_product_types_type IF NOT EXISTS FOR (n:Facility) REQUIRE n.productTypes IS :: LIST<STRING NOT NULL>;
CREATE CONSTRAINT facility_os_id_type IF NOT EXISTS FOR (n:Facility) REQUIRE n.osId IS :: STRING;
CREATE CONSTRAINT company_name_exists IF NOT EXISTS FOR (n:Company) REQUIRE n.name IS NOT NULL;
CREATE CONSTRAINT company_name_type IF NOT EXISTS FOR (n:Company) REQUIRE n.name IS :: STRING;
CREATE CONSTRAINT company_aliases_type IF NOT EXISTS FOR (n:Company) REQUIRE n.aliases IS :: LIST<STRING NOT NULL>;
CREATE CONSTRAINT company_source_type IF NOT EXISTS FOR (n:Company) REQUIRE n.source IS :: STRING;
CREATE CONSTRAINT company_as_of_type IF NOT EXISTS FOR (n:Company) REQUIRE n.asOf IS :: DATE;
CREATE CONSTRAINT company_sanction_ids_type IF NOT EXISTS FOR (n:Company) REQUIRE n.sanctionIds IS :: LIST<STRING NOT NULL>;
CREATE CONSTRAINT company_notes_type IF NOT EXISTS FOR (n:Company) REQUIRE n.notes IS :: STRING;
CREATE CONSTRAINT company_country_type IF NOT EXISTS FOR (n:Company) REQUIRE n.country IS :: STRING;
CREATE CONSTRAINT company_registration_number_type IF NOT EXISTS FOR (n:Company) REQUIRE n.registrationNumber IS :: STRING;
CREATE CONSTRAINT company_address_type IF NOT EXISTS FOR (n:Company) REQUIRE n.address IS :: STRING;
CREATE CONSTRAINT company_sector_type IF NOT EXISTS FOR (n:Company) REQUIRE n.sector IS :: STRING;
CREATE CONSTRAINT person_name_exists IF NOT EXISTS FOR (n:Person) REQUIRE n.name IS NOT NULL;
CREATE CONSTRAINT person_name_type IF NOT EXISTS FOR (n:Person) REQUIRE n.name IS :: STRING;
CREATE CONSTRAINT person_aliases_type IF NOT EXISTS FOR (n:Person) REQUIRE n.aliases IS :: LIST<STRING NOT NULL>;
CREATE CONSTRAINT person_source_type IF NOT EXISTS FOR (n:Person) REQUIRE n.source IS :: STRING;
CREATE CONSTRAINT person_as_of_type IF NOT EXISTS FOR (n:Person) REQUIRE n.asOf IS :: DATE;
CREATE CONSTRAINT person_sanction_ids_type IF NOT EXISTS FOR (n:Person) REQUIRE n.sanctionIds IS :: LIST<STRING NOT NULL>;
CREATE CONSTRAINT person_notes_type IF NOT EXISTS FOR (n:Person) REQUIRE n.notes IS :: STRING;
CREATE CONSTRAINT person_nationality_type IF NOT EXISTS FOR (n:Person) REQUIRE n.nationality IS :: STRING;
CREATE CONSTRAINT person_country_type IF NOT EXISTS FOR (n:Person) REQUIRE n.country IS :: STRING;
CREATE CONSTRAINT person_birth_date_type IF NOT EXISTS FOR (n:Person) REQUIRE n.birthDate IS :: DATE;
CREATE CONSTRAINT transporter_name_exists IF NOT EXISTS FOR (n:Transporter) REQUIRE n.name IS NOT NULL;
CREATE CONSTRAINT transporter_mode_exists IF NOT EXISTS FOR (n:Transporter) REQUIRE n.mode IS NOT NULL;
CREATE CONSTRAINT transporter_name_type IF NOT EXISTS FOR (n:Transporter) REQUIRE n.name IS :: STRING;
CREATE CONSTRAINT transporter_aliases_type IF NOT EXISTS FOR (n:Transporter) REQUIRE n.aliases IS :: LIST<STRING NOT NULL>;
CREATE CONSTRAINT transporter_source_type IF NOT EXISTS FOR (n:Transporter) REQUIRE n.source IS :: STRING;
CREATE CONSTRAINT transporter_as_of_type IF NOT EXISTS FOR (n:Transporter) REQUIRE n.asOf IS :: DATE;
CREATE CONSTRAINT transporter_sanction_ids_type IF NOT EXISTS FOR (n:Transporter) REQUIRE n.sanctionIds IS :: LIST<STRING NOT NULL>;
CREATE CONSTRAINT transporter_notes_type IF NOT EXISTS FOR (n:Transporter) REQUIRE n.notes IS :: STRING;
CREATE CONSTRAINT transporter_mode_type IF NOT EXISTS FOR (n:Transporter) REQUIRE n.mode IS :: STRING;
CREATE CONSTRAINT transporter_imo_type IF NOT EXISTS FOR (n:Transporter) REQUIRE n.imo IS :: STRING;
CREATE CONSTRAINT transporter_flag_type IF NOT EXISTS FOR (n:Transporter) REQUIRE n.flag IS :: STRING;
CREATE CONSTRAINT transporter_country_type IF NOT EXISTS FOR (n:Transporter) REQUIRE n.country IS :: STRING;
CREATE CONSTRAINT labor_source_name_exists IF NOT EXISTS FOR (n:LaborSource) REQUIRE n.name IS NOT NULL;
CREATE CONSTRAINT labor_source_nationality_exists IF NOT EXISTS FOR (n:LaborSource) REQUIRE n.nationality IS NOT NULL;
CREATE CONSTRAINT labor_source_name_type IF NOT EXISTS FOR (n:LaborSource) REQUIRE n.name IS :: STRING;
CREATE CONSTRAINT labor_source_aliases_type IF NOT EXISTS FOR (n:LaborSource) REQUIRE n.aliases IS :: LIST<STRING NOT NULL>;
CREATE CONSTRAINT labor_source_source_type IF NOT EXISTS FOR (n:LaborSource) REQUIRE n.source IS :: STRING;
CREATE CONSTRAINT labor_source_as_of_type IF NOT EXISTS FOR (n:LaborSource) REQUIRE n.asOf IS :: DATE;
CREATE CONSTRAINT labor_source_sanction_ids_type IF NOT EXISTS FOR (n:LaborSource) REQUIRE n.sanctionIds IS :: LIST<STRING NOT NULL>;
CREATE CONSTRAINT labor_source_notes_type IF NOT EXISTS FOR (n:LaborSource) REQUIRE n.notes IS :: STRING;
CREATE CONSTRAINT labor_source_nationality_type IF NOT EXISTS FOR (n:LaborSource) REQUIRE n.nationality IS :: STRING;
CREATE CONSTRAINT labor_source_workers_type IF NOT EXISTS FOR (n:LaborSource) REQUIRE n.workers IS :: INTEGER;
CREATE CONSTRAINT labor_source_kind_type IF NOT EXISTS FOR (n:LaborSource) REQUIRE n.kind IS :: STRING;
CREATE CONSTRAINT s_u_p_p_l_i_e_s_material_type IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.material IS :: STRING;
CREATE CONSTRAINT s_u_p_p_l_i_e_s_hs_code_type IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.hsCode IS :: STRING;
CREATE CONSTRAINT s_u_p_p_l_i_e_s_share_type IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.share IS :: FLOAT;
CREATE CONSTRAINT s_u_p_p_l_i_e_s_source_type IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.source IS :: STRING;
CREATE CONSTRAINT s_u_p_p_l_i_e_s_as_of_type IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.asOf IS :: DATE;
CREATE CONSTRAINT p_r_o_d_u_c_e_s_source_type IF NOT EXISTS FOR ()-[r:PRODUCES]-() REQUIRE r.source IS :: STRING;
CREATE CONSTRAINT p_r_o_d_u_c_e_s_as_of_type IF NOT EXISTS FOR ()-[r:PRODUCES]-() REQUIRE r.asOf IS :: DATE;
CREATE CONSTRAINT o_w_n_s_percent_type IF NOT EXISTS FOR ()-[r:OWNS]-() REQUIRE r.percent IS :: FLOAT;
CREATE CONSTRAINT o_w_n_s_source_type IF NOT EXISTS FOR ()-[r:OWNS]-() REQUIRE r.source IS :: STRING;
CREATE CONSTRAINT o_w_n_s_as_of_type IF NOT EXISTS FOR ()-[r:OWNS]-() REQUIRE r.asOf IS :: DATE;
CREATE CONSTRAINT o_p_e_r_a_t_e_s_source_type IF NOT EXISTS FOR ()-[r:OPERATES]-() REQUIRE r.source IS :: STRING;
CREATE CONSTRAINT o_p_e_r_a_t_e_s_as_of_type IF NOT EXISTS FOR ()-[r:OPERATES]-() REQUIRE r.asOf IS :: DATE;
CREATE CONSTRAINT w_o_r_k_s_a_t_workers_type IF NOT EXISTS FOR ()-[r:WORKS_AT]-() REQUIRE r.workers IS :: INTEGER;
CREATE CONSTRAINT w_o_r_k_s_a_t_source_type IF NOT EXISTS FOR ()-[r:WORKS_AT]-() REQUIRE r.source IS :: STRING;
CREATE CONSTRAINT w_o_r_k_s_a_t_as_of_type IF NOT EXISTS FOR ()-[r:WORKS_AT]-() REQUIRE r.asOf IS :: DATE;
CREATE CONSTRAINT r_e_c_r_u_i_t_s_source_type IF NOT EXISTS FOR ()-[r:RECRUITS]-() REQUIRE r.source IS :: STRING;
CREATE CONSTRAINT r_e_c_r_u_i_t_s_as_of_type IF NOT EXISTS FOR ()-[r:RECRUITS]-() REQUIRE r.asOf IS :: DATE;
CREATE CONSTRAINT i_m_p_o_r_t_s_source_type IF NOT EXISTS FOR ()-[r:IMPORTS]-() REQUIRE r.source IS :: STRING;
CREATE CONSTRAINT i_m_p_o_r_t_s_as_of_type IF NOT EXISTS FOR ()-[r:IMPORTS]-() REQUIRE r.asOf IS :: DATE;

// Allowed relationship ends (checked by the importer; Cypher has no constraint for them):
//   (:Facility|Transporter)-[:SUPPLIES]->(:Facility|Transporter|Product)
//   (:Facility)-[:PRODUCES]->(:Material)
//   (:Company|Person)-[:OWNS]->(:Company|Facility|Transporter)
//   (:Company)-[:OPERATES]->(:Facility|Transporter)
//   (:LaborSource)-[:WORKS_AT]->(:Facility|Transporter)
//   (:Company)-[:RECRUITS]->(:LaborSource)
//   (:Company)-[:IMPORTS]->(:Product)
