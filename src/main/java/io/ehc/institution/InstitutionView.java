package io.ehc.institution;

/** An institution: code, name, grade (1/2/3; 0 for ungraded pharmacies and clinics), type and region. */
public record InstitutionView(String code, String name, int grade, String type, String region) {}
