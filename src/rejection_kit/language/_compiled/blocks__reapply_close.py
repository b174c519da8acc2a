"""blocks/reapply_close.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = '9343b9592e33d82f0c7cf538ac016eb3'
JINJA = '3.1.6'
MACROS = (('met_1', ('c',)), ('met_2', ('c',)), ('met_3', ('c',)), ('person_1', ('c',)), ('person_2', ('c',)), ('person_3', ('c',)), ('team_1', ('c',)), ('team_2', ('c',)), ('team_3', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/reapply_close.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_met_1 = l_0_met_2 = l_0_met_3 = l_0_person_1 = l_0_person_2 = l_0_person_3 = l_0_team_1 = l_0_team_2 = l_0_team_3 = missing
        pass
        def macro(l_1_c):
            t_1 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_1.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you again for the time you gave me when we last spoke.')),
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
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you again for the time you gave me; I would be glad to tell you more about my recent work if that would be useful.')),
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
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you again for speaking with me; I would welcome the chance to talk again, whenever it suits you.')),
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
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for your time then, and for keeping the door open.')),
            )
            return concat(t_4)
        context.exported_vars.add('person_1')
        context.vars['person_1'] = l_0_person_1 = Macro(environment, macro, 'person_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_5 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_5.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for the invitation; I would be glad to tell you more about my recent work if that would be useful.')),
            )
            return concat(t_5)
        context.exported_vars.add('person_2')
        context.vars['person_2'] = l_0_person_2 = Macro(environment, macro, 'person_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_6 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_6.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for keeping the door open; I would welcome the chance to talk again, whenever it suits you.')),
            )
            return concat(t_6)
        context.exported_vars.add('person_3')
        context.vars['person_3'] = l_0_person_3 = Macro(environment, macro, 'person_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_7 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_7.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for the invitation to apply again.')),
            )
            return concat(t_7)
        context.exported_vars.add('team_1')
        context.vars['team_1'] = l_0_team_1 = Macro(environment, macro, 'team_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_8 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_8.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you all for the invitation; I would be glad to tell you more about my recent work if that would be useful.')),
            )
            return concat(t_8)
        context.exported_vars.add('team_2')
        context.vars['team_2'] = l_0_team_2 = Macro(environment, macro, 'team_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_9 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_9.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for keeping the door open; I hope we will have the chance to speak again.')),
            )
            return concat(t_9)
        context.exported_vars.add('team_3')
        context.vars['team_3'] = l_0_team_3 = Macro(environment, macro, 'team_3', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '2=12&3=24&4=36&6=49&7=61&8=73&10=86&11=98&12=110'
    return locals()
