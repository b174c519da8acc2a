"""blocks/reapply.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = 'd5e6443a688284f70b068b5a3ae04988'
JINJA = '3.1.6'
MACROS = (('met_1', ('c',)), ('met_2', ('c',)), ('met_3', ('c',)), ('invited_1', ('c',)), ('invited_2', ('c',)), ('invited_3', ('c',)), ('process_1', ('c',)), ('process_2', ('c',)), ('process_3', ('c',)), ('team_1', ('c',)), ('team_2', ('c',)), ('team_3', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/reapply.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_met_1 = l_0_met_2 = l_0_met_3 = l_0_invited_1 = l_0_invited_2 = l_0_invited_3 = l_0_process_1 = l_0_process_2 = l_0_process_3 = l_0_team_1 = l_0_team_2 = l_0_team_3 = missing
        pass
        def macro(l_1_c):
            t_1 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_1.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Some months ago you interviewed me for the %(role)s role; I was then invited to apply again, and I have now done so.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_1)
        context.exported_vars.add('met_1')
        context.vars['met_1'] = l_0_met_1 = Macro(environment, macro, 'met_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_2.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('After we spoke about the %(role)s role, I was invited to apply again, and I have just sent in a new application.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_2)
        context.exported_vars.add('met_2')
        context.vars['met_2'] = l_0_met_2 = Macro(environment, macro, 'met_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I was glad to be invited to apply again after we talked about the %(role)s role, and I have now done so.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_3)
        context.exported_vars.add('met_3')
        context.vars['met_3'] = l_0_met_3 = Macro(environment, macro, 'met_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_4 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_4.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Some months ago you interviewed me for the %(role)s role and invited me to apply again; I have now done so.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_4)
        context.exported_vars.add('invited_1')
        context.vars['invited_1'] = l_0_invited_1 = Macro(environment, macro, 'invited_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_5 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_5.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('When you told me the news about the %(role)s role, you kindly invited me to apply again, and I have just sent in a new application.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_5)
        context.exported_vars.add('invited_2')
        context.vars['invited_2'] = l_0_invited_2 = Macro(environment, macro, 'invited_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_6 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_6.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('You were kind enough to invite me to apply again when I was not selected for the %(role)s role, and I have now taken you up on that.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_6)
        context.exported_vars.add('invited_3')
        context.vars['invited_3'] = l_0_invited_3 = Macro(environment, macro, 'invited_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_7 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_7.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('When my application for the %(role)s role did not go ahead, you kindly invited me to apply again, and I have now done so.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_7)
        context.exported_vars.add('process_1')
        context.vars['process_1'] = l_0_process_1 = Macro(environment, macro, 'process_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_8 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_8.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I have just applied again, as you encouraged me to when I was not selected for the %(role)s role.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_8)
        context.exported_vars.add('process_2')
        context.vars['process_2'] = l_0_process_2 = Macro(environment, macro, 'process_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_9 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_9.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('When I was not selected for the %(role)s role, you were kind enough to invite me to apply again, and I have now taken you up on that invitation.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_9)
        context.exported_vars.add('process_3')
        context.vars['process_3'] = l_0_process_3 = Macro(environment, macro, 'process_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_10 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_10.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('When my application for the %(role)s role did not go ahead, you invited me to apply again, and I have now done so.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_10)
        context.exported_vars.add('team_1')
        context.vars['team_1'] = l_0_team_1 = Macro(environment, macro, 'team_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_11 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_11.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('You invited me to apply again when I was not selected for the %(role)s role, and I have just done so.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_11)
        context.exported_vars.add('team_2')
        context.vars['team_2'] = l_0_team_2 = Macro(environment, macro, 'team_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_12 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_12.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Some months ago you invited me to apply again after my application for the %(role)s role, and I have now done so.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_12)
        context.exported_vars.add('team_3')
        context.vars['team_3'] = l_0_team_3 = Macro(environment, macro, 'team_3', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '2=12&3=24&4=36&6=49&7=61&8=73&10=86&11=98&12=110&14=123&15=135&16=147'
    return locals()
