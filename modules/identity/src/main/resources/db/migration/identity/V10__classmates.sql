-- People in the same program and class year, for networking's "people you may know".
CREATE INDEX ix_identity_education_program ON identity_education (school, major, end_year);
