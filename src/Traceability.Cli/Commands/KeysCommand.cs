using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Traceability.Api.Contracts;
using Traceability.Core.Access;

namespace Traceability.Cli.Commands;

internal static class KeysCommand
{
    public static Command Create()
    {
        var command = new Command("keys", "Manage API keys (stored hashed)");
        var role = new Option<string>("--role") { Description = "investigator, analyst or admin", Required = true };
        role.AcceptOnlyFromAmong("investigator", "analyst", "admin");
        var name = new Option<string>("--name") { Description = "Who or what uses the key", DefaultValueFactory = _ => Environment.UserName };
        var json = GlobalOptions.Json();
        var create = new Command("create", "Create a key; it is shown once") { role, name, json };
        CliAction.Set(create, async (ctx, ct) =>
        {
            var (record, key) = await CreateAsync(ctx, Enum.Parse<Role>(ctx.Parse.GetValue(role)!, true), ctx.Parse.GetValue(name)!, ct);
            if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, new { key, id = record.Id, role = record.Role.ToString().ToLowerInvariant(), name = record.Name });
            else
            {
                ctx.Out.WriteLine(key);
                ctx.Err.WriteLine($"key {record.Id} ({record.Role.ToString().ToLowerInvariant()}, {record.Name}) created; it is not shown again. Send it as the X-Api-Key header.");
            }
            return CliAction.Ok;
        });
        var id = new Argument<string>("id") { Description = "Key id (see `traceability keys list`)" };
        var revoke = new Command("revoke", "Revoke a key; it stops working at once") { id };
        CliAction.Set(revoke, async (ctx, ct) =>
        {
            var keys = ctx.Services.GetRequiredService<IKeyStore>();
            var record = await keys.RevokeKeyAsync(ctx.Parse.GetValue(id)!, CliContext.Audit("revokeKey", $"key {ctx.Parse.GetValue(id)}"), ct);
            ctx.Out.WriteLine($"key {record.Id} revoked at {record.RevokedAt:O}");
            return CliAction.Ok;
        });
        var listJson = GlobalOptions.Json();
        var list = new Command("list", "List keys (never the keys themselves)") { listJson };
        CliAction.Set(list, async (ctx, ct) =>
        {
            var all = (await ctx.Services.GetRequiredService<IKeyStore>().ListKeysAsync(ct)).Select(KeyContract.Map).ToList();
            if (ctx.Parse.GetValue(listJson)) CliJson.Write(ctx.Out, all);
            else foreach (var k in all) ctx.Out.WriteLine($"{k.Id}  {k.Role,-12} {(k.Active ? "active " : "revoked")}  {k.Name}  created {k.CreatedAt:yyyy-MM-dd} by {k.CreatedBy}");
            return CliAction.Ok;
        });
        command.Subcommands.Add(create);
        command.Subcommands.Add(revoke);
        command.Subcommands.Add(list);
        return command;
    }

    public static async Task<(ApiKeyRecord Record, string Key)> CreateAsync(CliContext ctx, Role role, string name, CancellationToken ct)
    {
        var (id, key) = ApiKeys.Create();
        var record = await ctx.Services.GetRequiredService<IKeyStore>()
            .AddKeyAsync(id, ApiKeys.Hash(key), name, role, Environment.UserName, CliContext.Audit("createKey", $"key {id} role {role}"), ct);
        return (record, key);
    }
}
