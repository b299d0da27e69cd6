using AoPortal.Application.Features.Applications;
using AoPortal.Application.Features.Candidates;
using AoPortal.Application.Features.Home;

namespace AoPortal.Web.Models.Application;

/// <summary>The candidate's home page: their record, how far they have got with their application, and, in assessment, what to do next.</summary>
public sealed record CandidateHomeViewModel(GetCandidate.Result Candidate, GetApplication.Result Application, CandidateNextSteps.Result? NextSteps);
