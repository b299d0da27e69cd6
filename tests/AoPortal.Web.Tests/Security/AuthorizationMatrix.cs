using static AoPortal.Web.Tests.Security.Outcome;

namespace AoPortal.Web.Tests.Security;

/// <summary>What a person gets from an endpoint.</summary>
public enum Outcome
{
    /// <summary>
    /// Let in. A GET answers 2xx, 3xx (anywhere but the sign-in page) or another 4xx than 403 and 404, so the request
    /// reached the record it names; a POST with an empty form anything but 403, the sign-in page or 5xx (a page with
    /// validation errors, a 400, a 404 or a redirect elsewhere).
    /// </summary>
    Allow,

    /// <summary>403: signed in, without the role or the right to this record.</summary>
    Forbidden,

    /// <summary>302 to /sign-in?returnUrl=...: not signed in.</summary>
    SignIn,
}

/// <summary>Who makes the request: one column of the table each.</summary>
public enum Person
{
    /// <summary>Not signed in.</summary>
    Anonymous,

    /// <summary>The candidate whose record the request names, signed in as themself.</summary>
    Candidate,

    /// <summary>Helen Head, school lead of Oakfield Primary School, where every candidate the table's requests name works.</summary>
    SchoolLead,

    /// <summary>Sam Assessor, the allocated assessor of every candidate the table's requests name.</summary>
    Assessor,

    /// <summary>Morgan Moderator, who holds the assessor role too, but is nobody's assessor here.</summary>
    Moderator,

    /// <summary>Alex Admin.</summary>
    Admin,
}

/// <summary>One endpoint ("GET /candidates/{id}", as its route template without constraints) and what each person gets.</summary>
public sealed record MatrixRow(string Endpoint, Outcome Anonymous, Outcome Candidate, Outcome SchoolLead, Outcome Assessor, Outcome Moderator, Outcome Admin)
{
    /// <summary>The endpoint with single spaces, as the app's endpoint data is written ("GET /candidates/{id}").</summary>
    public string Key => string.Join(' ', Endpoint.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public string Method => Key.Split(' ')[0];

    public string Template => Key.Split(' ')[1];

    public Outcome For(Person person) => person switch
    {
        Person.Anonymous => Anonymous,
        Person.Candidate => Candidate,
        Person.SchoolLead => SchoolLead,
        Person.Assessor => Assessor,
        Person.Moderator => Moderator,
        Person.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(person)),
    };
}

/// <summary>
/// Who may use each endpoint of the portal, declared once. <see cref="AuthorizationMatrixTests"/> checks that every endpoint
/// the app maps has exactly one row here, and makes every request of every row as every person against the real app.
/// ANY means an endpoint that answers every method (requested with GET). A new action needs a row before the tests pass.
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly IReadOnlyList<MatrixRow> Rows =
    [
        //  endpoint                                                         Anonymous  Candidate  SchoolLead  Assessor   Moderator  Admin

        // Open to everyone: signing in, invitations, registration, error pages, the health check
        new("GET  /sign-in",                                                 Allow,     Allow,     Allow,      Allow,     Allow,     Allow),
        new("POST /sign-in",                                                 Allow,     Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /set-password",                                            Allow,     Allow,     Allow,      Allow,     Allow,     Allow),
        new("POST /set-password",                                            Allow,     Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /register",                                                Allow,     Allow,     Allow,      Allow,     Allow,     Allow),
        new("POST /register",                                                Allow,     Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /register/check-email",                                    Allow,     Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /register/confirm",                                        Allow,     Allow,     Allow,      Allow,     Allow,     Allow),
        new("POST /register/confirm",                                        Allow,     Allow,     Allow,      Allow,     Allow,     Allow),
        new("ANY  /error/{statusCode}",                                      Allow,     Allow,     Allow,      Allow,     Allow,     Allow),
        new("ANY  /health",                                                  Allow,     Allow,     Allow,      Allow,     Allow,     Allow),

        // Everyone signed in
        new("GET  /",                                                        SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("POST /sign-out",                                                SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /account/change-password",                                 SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("POST /account/change-password",                                 SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /standards",                                               SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /account",                                                 SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("POST /account/reminder-emails",                                 SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /notifications",                                           SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),

        // The candidate's own application (the use cases load the signed-in candidate's record: no id of anyone else's)
        new("GET  /application",                                             SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("GET  /application/personal-details",                            SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("POST /application/personal-details",                            SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("GET  /application/qualifications",                              SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("GET  /application/degree",                                      SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("POST /application/degree",                                      SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("GET  /application/gcse/{subject}",                              SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("POST /application/gcse/{subject}",                              SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("POST /application/documents/{kind}",                            SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("GET  /application/documents/{id}",                              SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("GET  /application/experience",                                  SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("POST /application/experience/confirm",                          SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("GET  /application/experience/new",                              SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("POST /application/experience/new",                              SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("GET  /application/experience/{id}",                             SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("POST /application/experience/{id}",                             SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("GET  /application/experience/{id}/remove",                      SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("POST /application/experience/{id}/remove",                      SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("GET  /application/age-range",                                   SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("POST /application/age-range",                                   SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("GET  /application/declarations",                                SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("POST /application/declarations",                                SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("GET  /application/school",                                      SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("POST /application/school",                                      SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("GET  /application/check",                                       SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("POST /application/submit",                                      SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),

        // A candidate's record, read by everyone who may see the candidate (CandidateVisibility)
        new("GET  /candidates/{id}/assessment",                              SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/assessment/records",                      SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/assessment/records/{recordId}",           SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/evidence",                                SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/evidence/{itemId}",                       SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/evidence/{itemId}/files/{fileId}",        SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/coverage",                                SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/progress",                                SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/outcome",                                 SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/handover",                                SignIn,    Allow,     Allow,      Allow,     Allow,     Allow),

        // What only the candidate does, to their own record
        new("GET  /candidates/{id}/evidence/new",                            SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("POST /candidates/{id}/evidence/new",                            SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("POST /candidates/{id}/evidence/{itemId}/versions",              SignIn,    Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),
        new("POST /candidates/{id}/assessment/records/{recordId}/reflection", SignIn,   Allow,     Forbidden,  Forbidden, Forbidden, Forbidden),

        // The school lead, for their own school's staff
        new("GET  /school/nominate",                                         SignIn,    Forbidden, Allow,      Forbidden, Forbidden, Forbidden),
        new("POST /school/nominate",                                         SignIn,    Forbidden, Allow,      Forbidden, Forbidden, Forbidden),
        new("GET  /school/candidates/{id}/support",                          SignIn,    Forbidden, Allow,      Forbidden, Forbidden, Forbidden),
        new("POST /school/candidates/{id}/support",                          SignIn,    Forbidden, Allow,      Forbidden, Forbidden, Forbidden),

        // Provider staff: finding candidates and reading their records
        new("GET  /candidates",                                              SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}",                                         SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/application",                             SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{candidateId}/documents/{id}",                 SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/eligibility",                             SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/safeguarding",                            SignIn,    Forbidden, Forbidden,  Forbidden, Allow,     Allow),

        // Reviewing the application: admins and assessors (the moderator holds the assessor role too); safeguarding checks: admins
        new("GET  /candidates/{id}/review/{requirement}",                    SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/review/{requirement}",                    SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/review/return",                           SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/review/return",                           SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/review/reject",                           SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/review/reject",                           SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/review/accept",                           SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/review/safeguarding/record",              SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /candidates/{id}/review/safeguarding/record",              SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),

        // The assessment: the allocated assessor, a moderator or an admin (AssessmentAccess)
        new("GET  /caseload",                                                SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Forbidden),
        new("GET  /candidates/{id}/assessor",                                SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /candidates/{id}/assessor",                                SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /candidates/{id}/assessment/start",                        SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/assessment/start",                        SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/assessment/milestones/{milestoneId}/reschedule", SignIn, Forbidden, Forbidden, Allow,  Allow,     Allow),
        new("POST /candidates/{id}/assessment/milestones/{milestoneId}/reschedule", SignIn, Forbidden, Forbidden, Allow,  Allow,     Allow),
        new("GET  /candidates/{id}/assessment/milestones/{milestoneId}/done", SignIn,   Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/assessment/milestones/{milestoneId}/done", SignIn,   Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/assessment/milestones/new",               SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/assessment/milestones/new",               SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/assessment/extend",                       SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/assessment/extend",                       SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/assessment/defer",                        SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/assessment/defer",                        SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/assessment/reinstate",                    SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/assessment/reinstate",                    SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/assessment/records/new",                  SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/assessment/records/new",                  SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/assessment/records/{recordId}/edit",      SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/assessment/records/{recordId}/edit",      SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/assessment/records/{recordId}/share",     SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/assessment/records/{recordId}/share",     SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /evidence/review",                                         SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/evidence/{itemId}/review",                SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/evidence/{itemId}/review",                SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/evidence/export",                         SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),

        // The decision: final judgements and the proposal (assessor, moderator or admin), then moderation (moderators, never their own)
        new("GET  /candidates/{id}/recommendation",                          SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/recommendation/judgements/{code}",        SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/recommendation/judgements/{code}",        SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/recommendation/propose",                  SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/recommendation/propose",                  SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /candidates/{id}/recommendation/fundamental-skills",       SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("POST /candidates/{id}/recommendation/fundamental-skills",       SignIn,    Forbidden, Forbidden,  Allow,     Allow,     Allow),
        new("GET  /moderation",                                              SignIn,    Forbidden, Forbidden,  Forbidden, Allow,     Forbidden),
        new("GET  /candidates/{id}/moderation",                              SignIn,    Forbidden, Forbidden,  Forbidden, Allow,     Forbidden),
        new("POST /candidates/{id}/moderation",                              SignIn,    Forbidden, Forbidden,  Forbidden, Allow,     Forbidden),

        // Admins: candidates, the end of a case, exports, reports, users, schools, policies, unsent email
        new("GET  /candidates/new",                                          SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /candidates/new",                                          SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /candidates/{id}/resend-invitation",                       SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /candidates/{id}/trn",                                     SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /candidates/{id}/trn",                                     SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /candidates/{id}/award",                                   SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /candidates/{id}/award",                                   SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /candidates/{id}/decision/withdraw",                       SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /candidates/{id}/decision/withdraw",                       SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /candidates/{id}/withdraw",                                SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /candidates/{id}/withdraw",                                SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /register-exports",                                        SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /register-exports",                                        SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /register-exports/{number}",                               SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /register-exports/{number}/file",                          SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /reports",                                                 SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /reports/{name}.csv",                                      SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /admin/users",                                             SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /admin/users/new",                                         SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /admin/users/new",                                         SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /admin/users/{id}",                                        SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /admin/users/{id}/deactivate",                             SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /admin/users/{id}/deactivate",                             SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /admin/users/{id}/resend-invitation",                      SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /admin/schools",                                           SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /admin/schools/new",                                       SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /admin/schools/new",                                       SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /admin/schools/{id}/edit",                                 SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /admin/schools/{id}/edit",                                 SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /admin/schools/requests",                                  SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /admin/schools/requests/{candidateId}",                    SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /admin/schools/requests/{candidateId}",                    SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /eligibility-policy",                                      SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /eligibility-policy/new",                                  SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /eligibility-policy/new",                                  SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /plan-template",                                           SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /plan-template/new",                                       SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /plan-template/new",                                       SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("GET  /admin/outbox",                                            SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
        new("POST /admin/outbox/{id}/retry",                                 SignIn,    Forbidden, Forbidden,  Forbidden, Forbidden, Allow),
    ];
}
