using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace NewsAggregator.Web.Accounts;

/// <summary>
/// With no admin yet, prints a one-time setup link once the server listens: there is no default
/// password, the person who started the server chooses one.
/// </summary>
internal sealed class FirstAdminLink(
    IServiceScopeFactory scopes,
    AccountInvitations invitations,
    IHostApplicationLifetime lifetime,
    IServer server,
    ILogger<FirstAdminLink> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = PrintAsync());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task PrintAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<AdminAccounts>().AnyAdminAsync())
            {
                return;
            }

            var path = $"/Account/Setup?token={invitations.Create(Roles.Admin, email: null)}";
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses
                .Select(a => a.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal))
                .FirstOrDefault() ?? "";
            logger.LogWarning("No admin account yet. Open {SetupLink} within {Hours} hours to create the first admin (single use; restart for a new link)",
                address.TrimEnd('/') + path, AccountInvitations.Lifetime.TotalHours);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not check for an admin account");
        }
    }
}
