#include "tray/TrayController.h"

#include "tray/AccountModel.h"
#include "tray/Icons.h"

#include <QActionGroup>

namespace ast::tray {

TrayController::TrayController(AccountModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_who = m_menu.addAction(QString());
    m_who->setEnabled(false);
    m_profileLine = m_menu.addAction(QString());
    m_profileLine->setEnabled(false);
    m_menu.addSeparator();
    m_profiles = m_menu.addMenu(tr("Switch profile"));
    m_profileGroup = new QActionGroup(this);
    m_profileGroup->setExclusive(true);
    m_menu.addSeparator();
    m_signIn = m_menu.addAction(tr("Sign in…"), this, &TrayController::signInRequested);
    m_signOut = m_menu.addAction(tr("Sign out"), this, &TrayController::signOutRequested);
    m_copyToken =
        m_menu.addAction(tr("Copy access token"), this, &TrayController::copyTokenRequested);
    m_menu.addSeparator();
    m_menu.addAction(tr("Open Astro…"), this, &TrayController::accountWindowRequested);
    m_startAtLogin = m_menu.addAction(tr("Start at login"));
    m_startAtLogin->setCheckable(true);
    connect(m_startAtLogin, &QAction::triggered, this, &TrayController::startAtLoginToggled);
    m_menu.addSeparator();
    m_menu.addAction(tr("Quit"), this, &TrayController::quitRequested);

    m_icon.setContextMenu(&m_menu);
    connect(&m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT accountWindowRequested();
            });
    connect(m_model, &AccountModel::changed, this, &TrayController::update);
    update();
}

void TrayController::show()
{
    m_icon.show();
}

void TrayController::setStartAtLogin(bool enabled)
{
    m_startAtLogin->setChecked(enabled);
}

void TrayController::setAttention(const QString &reason)
{
    if (reason == m_attention)
        return;
    m_attention = reason;
    update();
}

void TrayController::update()
{
    const QString profile = m_model->currentProfile();
    const ProfileStatus::State state = m_model->state();
    const QString who = m_model->email().isEmpty() ? m_model->displayName() : m_model->email();

    QString header;
    QString tooltip;
    switch (state) {
    case ProfileStatus::State::KeyringLocked: // the tray reads no secret for its view
    case ProfileStatus::State::SignedIn: {
        const QString name = m_model->displayName();
        header = name.isEmpty() || name == who ? tr("Signed in as %1").arg(who)
                                               : tr("%1 (%2)").arg(name, who);
        tooltip = tr("Astro: signed in as %1 (profile %2)").arg(who, profile);
        if (!m_model->organizationId().isEmpty())
            tooltip += u'\n' + tr("Organization: %1").arg(m_model->organizationId());
        break;
    }
    case ProfileStatus::State::SignedOut:
        header = tr("Not signed in");
        tooltip = tr("Astro: not signed in (profile %1)").arg(profile);
        break;
    case ProfileStatus::State::SessionEnded:
        header = tr("Session ended for %1").arg(who);
        tooltip = tr("Astro: session ended for %1 (profile %2). Sign in again.").arg(who, profile);
        break;
    case ProfileStatus::State::Unreadable:
        header = tr("Cannot read the credentials file");
        tooltip = tr("Astro: %1").arg(m_model->problem());
        break;
    }
    if (!m_attention.isEmpty() && state == ProfileStatus::State::SignedIn)
        tooltip += u'\n' + m_attention;
    m_who->setText(header);
    m_profileLine->setText(tr("Profile: %1").arg(profile));

    const bool signedIn = state == ProfileStatus::State::SignedIn;
    const bool readable = state != ProfileStatus::State::Unreadable;
    m_signIn->setEnabled(readable && !signedIn);
    m_signOut->setEnabled(readable && state != ProfileStatus::State::SignedOut);
    m_copyToken->setEnabled(signedIn);
    rebuildProfiles();

    Icons::Tray iconState = Icons::Tray::Attention;
    if (state == ProfileStatus::State::SignedOut)
        iconState = Icons::Tray::SignedOut;
    else if (signedIn && m_attention.isEmpty())
        iconState = Icons::Tray::SignedIn;
    if (int(iconState) != m_iconState) {
        m_iconState = int(iconState);
        m_icon.setIcon(Icons::tray(iconState));
    }
    if (m_icon.toolTip() != tooltip)
        m_icon.setToolTip(tooltip);
}

void TrayController::rebuildProfiles()
{
    const QStringList names = m_model->profiles();
    const QString current = m_model->currentProfile();
    // Rebuild only when a label changes: every rebuild is a layout update on D-Bus.
    QStringList labels;
    for (const QString &name : names) {
        const QString who = m_model->who(name);
        const QString suffix = who.isEmpty() ? tr("not signed in") : who;
        labels << tr("%1 (%2)").arg(name, suffix);
    }
    QStringList existing;
    const QList<QAction *> actions = m_profiles->actions();
    for (QAction *action : actions)
        existing << action->text();
    if (existing != labels) {
        for (QAction *action : actions) {
            m_profileGroup->removeAction(action);
            delete action;
        }
        for (qsizetype i = 0; i < names.size(); ++i) {
            QAction *action = m_profiles->addAction(labels.at(i));
            action->setCheckable(true);
            action->setData(names.at(i));
            m_profileGroup->addAction(action);
            connect(action, &QAction::triggered, this,
                    [this, name = names.at(i)] { Q_EMIT profileRequested(name); });
        }
    }
    for (QAction *action : m_profiles->actions())
        action->setChecked(action->data().toString() == current);
}

} // namespace ast::tray
