using AoPortal.Application.Features.Applications;
using AoPortal.Application.Features.Candidates;

namespace AoPortal.Web.Models.Application;

/// <summary>The candidate's home page: their record, and how far they have got with their application.</summary>
public sealed record CandidateHomeViewModel(GetCandidate.Result Candidate, GetApplication.Result Application);
