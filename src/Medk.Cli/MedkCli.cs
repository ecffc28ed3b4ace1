using System.CommandLine;

namespace Medk.Cli;

public static class MedkCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Medk — командная строка: база данных, первый запуск, справочник организаций, пользователи, токены, демо-данные, импорт дорожных карт, сроки.");
        root.Subcommands.Add(Commands.Migrate());
        root.Subcommands.Add(FirstRunCommands.Init());
        root.Subcommands.Add(FirstRunCommands.Organizations());
        root.Subcommands.Add(Commands.Demo());
        root.Subcommands.Add(Commands.User());
        root.Subcommands.Add(Commands.Token());
        root.Subcommands.Add(DocumentCommands.Import());
        root.Subcommands.Add(DocumentCommands.Schedule());
        return root;
    }

    public static Task<int> RunAsync(string[] args) => Build().Parse(args).InvokeAsync();
}
