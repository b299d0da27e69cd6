using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Applications;
using AoPortal.Application.Features.Candidates;
using AoPortal.Application.Features.SchoolLeads;
using AoPortal.Domain.Users;
using AoPortal.Web.Models.Application;
using AoPortal.Web.Models.Home;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>Each person's home page, chosen by their role.</summary>
public sealed class HomeController(ICurrentUser currentUser) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(
        [FromServices] AoPortal.Application.Features.Home.StaffDashboard.Handler dashboard,
        [FromServices] YourStaff.Handler yourStaff,
        [FromServices] GetCandidate.Handler candidate,
        [FromServices] GetApplication.Handler application,
        [FromServices] AoPortal.Application.Features.Home.CandidateNextSteps.Handler nextSteps,
        int page = 1,
        CancellationToken ct = default)
    {
        if (currentUser.IsProviderStaff())
        {
            return View("Staff", new StaffHomeViewModel(currentUser.Actor.Name,
                currentUser.IsInRole(PortalRole.Admin), currentUser.IsInRole(PortalRole.Assessor), currentUser.IsInRole(PortalRole.Moderator),
                await dashboard.Handle(ct)));
        }

        if (currentUser.IsInRole(PortalRole.SchoolLead)) return View("SchoolLead", await yourStaff.Handle(page, ct));
        if (currentUser.IsInRole(PortalRole.Candidate))
            return View("Candidate", new CandidateHomeViewModel(await candidate.ForUser(currentUser.UserId!.Value, ct), await application.Mine(ct),
                await nextSteps.Handle(ct)));
        return Forbid();
    }
}
