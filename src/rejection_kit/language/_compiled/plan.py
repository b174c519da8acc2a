"""plan.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = '6af601c153af93341de47e3dea1e4184'
JINJA = '3.1.6'
MACROS = (('title', ('role', 'company')), ('thank_you', ('name',)), ('referrer_update', ('name',)), ('linkedin', ('name',)), ('radar', ('name',)), ('check_in', ('name',)), ('closure', ('name',)), ('door', ('name',)), ('check_in_if_news', ('name',)), ('reapply', ('name',)), ('reapply_note', ('name', 'company')), ('team', ('company',)), ('reminder', ()), ('channel', ('name',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'plan.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_title = l_0_thank_you = l_0_referrer_update = l_0_linkedin = l_0_radar = l_0_check_in = l_0_closure = l_0_door = l_0_check_in_if_news = l_0_reapply = l_0_reapply_note = l_0_team = l_0_reminder = l_0_channel = missing
        pass
        def macro(l_1_role, l_1_company):
            t_1 = []
            l_1_gettext = resolve('gettext')
            if l_1_role is missing:
                l_1_role = undefined("parameter 'role' was not provided", name='role')
            if l_1_company is missing:
                l_1_company = undefined("parameter 'company' was not provided", name='company')
            pass
            t_1.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Follow-up plan: %(role)s at %(company)s', role=l_1_role, company=l_1_company)),
            )
            return concat(t_1)
        context.exported_vars.add('title')
        context.vars['title'] = l_0_title = Macro(environment, macro, 'title', ('role', 'company'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_name):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_name is missing:
                l_1_name = undefined("parameter 'name' was not provided", name='name')
            pass
            t_2.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank-you note to %(name)s', name=l_1_name)),
            )
            return concat(t_2)
        context.exported_vars.add('thank_you')
        context.vars['thank_you'] = l_0_thank_you = Macro(environment, macro, 'thank_you', ('name',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_name):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_name is missing:
                l_1_name = undefined("parameter 'name' was not provided", name='name')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Update and thanks to %(name)s, who referred you', name=l_1_name)),
            )
            return concat(t_3)
        context.exported_vars.add('referrer_update')
        context.vars['referrer_update'] = l_0_referrer_update = Macro(environment, macro, 'referrer_update', ('name',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_name):
            t_4 = []
            l_1_gettext = resolve('gettext')
            if l_1_name is missing:
                l_1_name = undefined("parameter 'name' was not provided", name='name')
            pass
            t_4.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('LinkedIn invitation to %(name)s', name=l_1_name)),
            )
            return concat(t_4)
        context.exported_vars.add('linkedin')
        context.vars['linkedin'] = l_0_linkedin = Macro(environment, macro, 'linkedin', ('name',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_name):
            t_5 = []
            l_1_gettext = resolve('gettext')
            if l_1_name is missing:
                l_1_name = undefined("parameter 'name' was not provided", name='name')
            pass
            t_5.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Stay-on-the-radar note to %(name)s', name=l_1_name)),
            )
            return concat(t_5)
        context.exported_vars.add('radar')
        context.vars['radar'] = l_0_radar = Macro(environment, macro, 'radar', ('name',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_name):
            t_6 = []
            l_1_gettext = resolve('gettext')
            if l_1_name is missing:
                l_1_name = undefined("parameter 'name' was not provided", name='name')
            pass
            t_6.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Check-in with %(name)s', name=l_1_name)),
            )
            return concat(t_6)
        context.exported_vars.add('check_in')
        context.vars['check_in'] = l_0_check_in = Macro(environment, macro, 'check_in', ('name',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_name):
            t_7 = []
            l_1_gettext = resolve('gettext')
            if l_1_name is missing:
                l_1_name = undefined("parameter 'name' was not provided", name='name')
            pass
            t_7.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Closing note to %(name)s', name=l_1_name)),
            )
            return concat(t_7)
        context.exported_vars.add('closure')
        context.vars['closure'] = l_0_closure = Macro(environment, macro, 'closure', ('name',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_name):
            t_8 = []
            l_1_gettext = resolve('gettext')
            if l_1_name is missing:
                l_1_name = undefined("parameter 'name' was not provided", name='name')
            pass
            t_8.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Short reply to %(name)s', name=l_1_name)),
            )
            return concat(t_8)
        context.exported_vars.add('door')
        context.vars['door'] = l_0_door = Macro(environment, macro, 'door', ('name',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_name):
            t_9 = []
            l_1_gettext = resolve('gettext')
            if l_1_name is missing:
                l_1_name = undefined("parameter 'name' was not provided", name='name')
            pass
            t_9.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Check in with %(name)s if you have news to share', name=l_1_name)),
            )
            return concat(t_9)
        context.exported_vars.add('check_in_if_news')
        context.vars['check_in_if_news'] = l_0_check_in_if_news = Macro(environment, macro, 'check_in_if_news', ('name',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_name):
            t_10 = []
            l_1_gettext = resolve('gettext')
            if l_1_name is missing:
                l_1_name = undefined("parameter 'name' was not provided", name='name')
            pass
            t_10.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Reminder: apply again to %(name)s, as they invited you to', name=l_1_name)),
            )
            return concat(t_10)
        context.exported_vars.add('reapply')
        context.vars['reapply'] = l_0_reapply = Macro(environment, macro, 'reapply', ('name',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_name, l_1_company):
            t_11 = []
            l_1_gettext = resolve('gettext')
            if l_1_name is missing:
                l_1_name = undefined("parameter 'name' was not provided", name='name')
            if l_1_company is missing:
                l_1_company = undefined("parameter 'company' was not provided", name='company')
            pass
            t_11.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Apply again to %(company)s (they invited you to), and send %(name)s this note with your application', name=l_1_name, company=l_1_company)),
            )
            return concat(t_11)
        context.exported_vars.add('reapply_note')
        context.vars['reapply_note'] = l_0_reapply_note = Macro(environment, macro, 'reapply_note', ('name', 'company'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_company):
            t_12 = []
            l_1_gettext = resolve('gettext')
            if l_1_company is missing:
                l_1_company = undefined("parameter 'company' was not provided", name='company')
            pass
            t_12.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('the %(company)s hiring team', company=l_1_company)),
            )
            return concat(t_12)
        context.exported_vars.add('team')
        context.vars['team'] = l_0_team = Macro(environment, macro, 'team', ('company',), False, False, False, context.eval_ctx.autoescape)
        def macro():
            t_13 = []
            l_1_gettext = resolve('gettext')
            pass
            t_13.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('A reminder for you; nothing to send.')),
            )
            return concat(t_13)
        context.exported_vars.add('reminder')
        context.vars['reminder'] = l_0_reminder = Macro(environment, macro, 'reminder', (), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_name):
            t_14 = []
            l_1_gettext = resolve('gettext')
            if l_1_name is missing:
                l_1_name = undefined("parameter 'name' was not provided", name='name')
            pass
            if (l_1_name == 'email'):
                pass
                t_14.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('e-mail')),
                )
            elif (l_1_name == 'linkedin_note'):
                pass
                t_14.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('LinkedIn invitation')),
                )
            elif (l_1_name == 'linkedin_message'):
                pass
                t_14.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('LinkedIn message')),
                )
            elif (l_1_name == 'sms'):
                pass
                t_14.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('text message')),
                )
            elif (l_1_name == 'card'):
                pass
                t_14.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('card')),
                )
            else:
                pass
                t_14.append(
                    str(l_1_name),
                )
            return concat(t_14)
        context.exported_vars.add('channel')
        context.vars['channel'] = l_0_channel = Macro(environment, macro, 'channel', ('name',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '2=12&3=26&4=38&5=50&6=62&7=74&8=86&9=98&10=110&11=122&12=134&13=148&14=160&15=170'
    return locals()
